import { SchemaRegistry, SchemaType, COMPATIBILITY } from '@kafkajs/confluent-schema-registry';
import { SluiceError } from '@sluice/errors';
import { physicalTopic, topicSchema, valueSubject } from './topic-catalogue';

export const SUBJECT_COMPATIBILITY = 'BACKWARD_TRANSITIVE';

/**
 * Sets the subject's compatibility before registering. Confluent answers 404 for a subject without
 * its own config, Apicurio answers 200 with the global default; setting it first makes both agree,
 * and the registry then rejects an incompatible schema with 409.
 */
async function setCompatibility(registryUrl: string, subject: string): Promise<void> {
  const response = await fetch(`${registryUrl}/config/${encodeURIComponent(subject)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify({ compatibility: SUBJECT_COMPATIBILITY }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    throw new SluiceError('UNAVAILABLE', `registry refused config for ${subject}: ${response.status} ${await response.text()}`);
  }
}

/** Registers the value schema of each topic under `<prefix><topic>-value`; returns schema ids. */
export async function registerTopicSchemas(
  registry: SchemaRegistry,
  registryUrl: string,
  topics: readonly string[],
  prefix = '',
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const topic of topics) {
    const subject = valueSubject(physicalTopic(topic, prefix));
    await setCompatibility(registryUrl, subject);
    try {
      const { id } = await registry.register(
        { type: SchemaType.AVRO, schema: JSON.stringify(topicSchema(topic)) },
        { subject, compatibility: COMPATIBILITY.BACKWARD_TRANSITIVE },
      );
      ids.set(topic, id);
    } catch (error) {
      const status = (error as { status?: number }).status;
      throw new SluiceError(
        status === 409 ? 'CONFIG' : 'UNAVAILABLE',
        `registering ${subject} failed${status === 409 ? ' (incompatible with a registered version)' : ''}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  return ids;
}
