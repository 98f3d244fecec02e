import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import { discoverServices, superviseServices } from '@sluice/cli';
import type { AvroSerde, DocumentProcessed, ReviewRequested } from '@sluice/contracts';
import { repoRoot } from '@sluice/local-stack';
import { integrationStack, uniqueName } from '@sluice/testkit';
import { readAll } from '../e2e/e2e-helpers';

/**
 * Shared by the tests that run the pipeline's services as `sluice up` does (child processes under
 * the supervisor, restarted when they die) on a topic prefix of their own: the end-to-end, raw-document,
 * egress and bad-input tests and the fault drills. Outcome readers say where each document ended.
 */
export interface PipelineRun {
  supervisor: ReturnType<typeof superviseServices>;
  /** Every line the services printed, prefixed by the service's name (also echoed when E2E_LOGS is set). */
  logs: string[];
  stop(): Promise<void>;
}

/** The four stages from an ingested document to its final record (the auditor is optional). */
export const pipelineStages = ['extractor', 'embedder', 'enricher', 'validator'] as const;

/**
 * Starts `names` (service folder names) against the shared stack, or the endpoints in `env`.
 * Topics must exist already (`ensureTopics(admin, planTopics(prefix))`).
 */
export function startPipeline(
  prefix: string,
  names: readonly string[] = pipelineStages,
  env: Record<string, string> = {},
): PipelineRun {
  const { databaseUrl, kafkaBrokers, schemaRegistryUrl } = integrationStack();
  const services = discoverServices(join(repoRoot, 'services')).filter((service) =>
    names.includes(service.name),
  );
  const logs: string[] = [];
  const supervisor = superviseServices(services, {
    write: (text) => {
      logs.push(text);
      if (process.env.E2E_LOGS) process.stdout.write(text);
    },
    env: {
      ...process.env,
      SLUICE_TOPIC_PREFIX: prefix,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      SCHEMA_REGISTRY_URL: schemaRegistryUrl,
      DATABASE_URL: databaseUrl,
      HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  return { supervisor, logs, stop: () => supervisor.stop() };
}

/** A document's final record: processed (with its decision) or waiting for review. */
export interface FinalRecord {
  documentId: string;
  tenant: string;
  where: 'processed' | 'review';
  decision: string;
  /** Rule ids of the violations (processed) or review reasons. */
  rules: string[];
}

/** Every final record under the serde's prefix: documents.processed.v1 and reviews.requested.v1. */
export async function finalRecords(kafka: Kafka, serde: AvroSerde, idleMs = 1_500): Promise<FinalRecord[]> {
  const [processed, reviews] = await Promise.all([
    readAll<DocumentProcessed>(kafka, serde, 'documents.processed.v1', uniqueName('finals'), idleMs),
    readAll<ReviewRequested>(kafka, serde, 'reviews.requested.v1', uniqueName('finals'), idleMs),
  ]);
  return [
    ...processed.map(({ value }) => ({
      documentId: value.documentId,
      tenant: value.tenant,
      where: 'processed' as const,
      decision: value.decision,
      rules: value.violations.map((violation) => violation.rule),
    })),
    ...reviews.map(({ value }) => ({
      documentId: value.documentId,
      tenant: value.tenant,
      where: 'review' as const,
      decision: value.proposedDecision,
      rules: value.reasons.map((reason) => reason.rule),
    })),
  ];
}

export { deadLetterRecords, type DeadLetterRecord } from '../../bench/support/dead-letter-reader';
