import { EventEmitter } from 'node:events';
import type { Consumer } from 'kafkajs';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { trackLiveness } from './consumer-liveness';

function fakeConsumer() {
  const emitter = new EventEmitter();
  const events = { FETCH_START: 'fetch_start', START_BATCH_PROCESS: 'start_batch', END_BATCH_PROCESS: 'end_batch', HEARTBEAT: 'heartbeat', CRASH: 'crash', STOP: 'stop' };
  const consumer = { events, on: (name: string, listener: (event: unknown) => void) => emitter.on(name, listener) } as unknown as Consumer;
  return { consumer, emit: (name: keyof typeof events, payload: unknown = {}) => emitter.emit(events[name], { payload }) };
}

const quiet = pino({ level: 'silent' });

describe('trackLiveness', () => {
  it('fails after a crash kafkajs will not restart from, not after one it restarts', () => {
    const { consumer, emit } = fakeConsumer();
    const liveness = trackLiveness(consumer, 1000, quiet);
    emit('CRASH', { error: new Error('restarting'), restart: true });
    expect(liveness.problem()).toBeUndefined();
    emit('CRASH', { error: new Error('fatal'), restart: false });
    expect(liveness.problem()).toBe('consumer-crashed');
  });

  it('fails when the fetch loop shows no sign for longer than the stall bound; batch progress counts', () => {
    let clock = 0;
    const { consumer, emit } = fakeConsumer();
    const liveness = trackLiveness(consumer, 1000, quiet, () => clock);
    clock = 900;
    emit('FETCH_START');
    clock = 1800;
    expect(liveness.problem()).toBeUndefined();
    liveness.progressed();
    clock = 2700;
    expect(liveness.problem()).toBeUndefined();
    clock = 3000;
    expect(liveness.problem()).toBe('not-fetching');
  });

  it('a STOP is a failure unless the runtime is shutting down', () => {
    const a = fakeConsumer();
    const unexpected = trackLiveness(a.consumer, 1000, quiet);
    a.emit('STOP');
    expect(unexpected.problem()).toBe('consumer-stopped');
    const b = fakeConsumer();
    const expected = trackLiveness(b.consumer, 1000, quiet);
    expected.stopping();
    b.emit('STOP');
    expect(expected.problem()).toBeUndefined();
  });
});
