import { logLevel } from 'kafkajs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kafkajsLogCreator } from './kafkajs-log';

describe('kafkajsLogCreator', () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints kafkajs's entries as JSON lines on stderr, without the per-request response errors it retries", () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => Boolean(lines.push(String(chunk))));
    const log = kafkajsLogCreator(logLevel.ERROR);
    const entry = (message: string, extra: Record<string, unknown> = {}) => ({ message, timestamp: '2026-11-30T15:00:00.000Z', logger: 'kafkajs', ...extra });
    log({ namespace: 'Connection', level: logLevel.ERROR, label: 'ERROR', log: entry('Response Produce(key: 0, version: 7)', { error: 'This server is not the leader for that topic-partition' }) });
    log({ namespace: 'Producer', level: logLevel.ERROR, label: 'ERROR', log: entry('Failed to send messages: broker down', { retryCount: 2 }) });
    log({ namespace: 'Connection', level: logLevel.ERROR, label: 'ERROR', log: entry('Connection error: connect ECONNREFUSED 127.0.0.1:1') });
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      { level: 'ERROR', timestamp: '2026-11-30T15:00:00.000Z', logger: 'kafkajs', message: '[Producer] Failed to send messages: broker down', retryCount: 2 },
      { level: 'ERROR', timestamp: '2026-11-30T15:00:00.000Z', logger: 'kafkajs', message: '[Connection] Connection error: connect ECONNREFUSED 127.0.0.1:1' },
    ]);
    expect(lines.every((line) => line.endsWith('\n'))).toBe(true);
  });
});
