import pino from 'pino';
import { Registry } from 'prom-client';
import type { HandlerContext, InputRecord } from '@sluice/stream';

/**
 * Handler unit tests run a service's handler without Kafka: these build what the runtime would
 * hand it. Import from `@sluice/testkit/handler-fixtures` (no stack, no vitest globals needed).
 */
export function inputRecord<T>(topic: string, key: string, value: T, offset: number | string = 0): InputRecord<T> {
  return { topic, partition: 0, offset: String(offset), key, value, headers: {}, timestamp: 0, schemaId: 1, sizeBytes: 100 };
}

/** A context with a silent logger and a fresh registry; pass `pauseFor: vi.fn()` to watch pauses. */
export function handlerContext(topic: string, overrides: Partial<HandlerContext> = {}): HandlerContext {
  return {
    logger: pino({ level: 'silent' }),
    metrics: new Registry(),
    signal: new AbortController().signal,
    topic,
    partition: 0,
    lag: 0,
    attempt: 1,
    pauseFor: () => undefined,
    heartbeat: () => Promise.resolve(),
    ...overrides,
  };
}
