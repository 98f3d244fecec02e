import type { Kafka } from 'kafkajs';
import pino from 'pino';
import type { AvroSerde } from '@sluice/contracts';
import { runService, type RunServiceDeps, type RunningService, type ServiceDefinition } from '@sluice/stream';

/** Runs a service in the test process with quiet logs and fast retries; stop it in `finally`. */
export function runInProcess<I, O>(service: ServiceDefinition<I, O>, kafka: Kafka, serde: AvroSerde, options: RunServiceDeps['options'] = {}): Promise<RunningService> {
  return runService(service, {
    kafka,
    serde,
    logger: pino({ level: process.env.STREAM_TEST_VERBOSE ? 'info' : 'silent' }),
    options: { sessionTimeoutMs: 8000, lagSampleIntervalMs: 500, retry: { baseDelayMs: 20, maxDelayMs: 200 }, ...options },
  });
}
