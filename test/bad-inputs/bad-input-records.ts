/**
 * The records the bad-input classes start from (bad-input-corpus.ts changes one thing in each): a
 * ticket the local models read well, as the Python producer writes it (Avro, every schema field),
 * as a JSON document for `sluice publish`, and the ingest schema as another producer might have it.
 */
import { readSchema } from '@sluice/contracts';

export const INGESTED = 'documents.ingested.v1';

// A ticket the local models read well; each class changes one thing about it.
export const ticketText = 'Ticket: printer on floor 3 does not print. Priority high. Category hardware.';
const ingestSchema = readSchema(`${INGESTED}.avsc`) as { fields: { name: string }[] } & Record<
  string,
  unknown
>;
const now = Date.now();

/** The record as Python writes it: every field of the schema, receivedAt in epoch millis. */
export function avroDocument(
  id: string,
  tenant: string,
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    tenant,
    kind: 'ticket',
    source: { platform: 'bad-inputs', uri: null },
    contentType: 'text/plain',
    text: ticketText,
    receivedAt: now,
    attributes: {},
    parentId: null,
    content: null,
    contentRef: null,
    textRef: null,
    ...over,
  };
}

/** The ingest schema with fields dropped and added (a producer's own idea of it). */
export function writerSchema(
  drop: readonly string[],
  add: readonly Record<string, unknown>[],
  namespace?: string,
): Record<string, unknown> {
  return {
    ...ingestSchema,
    ...(namespace ? { namespace } : {}),
    fields: [...ingestSchema.fields.filter((field) => !drop.includes(field.name)), ...add],
  };
}

export const without = (record: Record<string, unknown>, names: readonly string[]) =>
  Object.fromEntries(Object.entries(record).filter(([name]) => !names.includes(name)));

/** The record as a JSON document for `sluice publish` (receivedAt as ISO 8601). */
export function jsonDocument(id: string, tenant: string): Record<string, unknown> {
  return {
    id,
    tenant,
    kind: 'ticket',
    source: { platform: 'bad-inputs' },
    text: ticketText,
    receivedAt: new Date(now).toISOString(),
  };
}
