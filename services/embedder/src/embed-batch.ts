import type { DocumentEmbedded, DocumentExtracted } from '@sluice/contracts';
import { cacheModelKey, contentHash, nameForEmbedding } from '@sluice/embedding-cache';
import { SluiceError } from '@sluice/errors';
import { LRUCache } from 'lru-cache';
import { findPersonalData, type EmbeddingModel, type ModelResult, type PersonalDataType, type Usage } from '@sluice/models';
import { chunkText, defaultMaxChunkChars } from './text-chunks';
import { l2Normalise, meanPool } from './vector-pooling';

/** Extracted entity names embedded besides the text; the enricher matches them against reference entities. */
export const embeddedNameFields = ['vendorName', 'senderName'] as const;

/**
 * Which document texts are embedded besides the entity names:
 * - `none`: names only. Nothing downstream needs a text vector: near-duplicates are found from
 *   shingles of the text (the enricher), matching uses names. The default: embedding whole texts
 *   with USE-lite cost about 100 ms of CPU per document, most of the pipeline's time.
 * - `head`: the first chunk of each text (at most `maxChunkChars`), a cheaper vector for search.
 * - `full`: every chunk, mean-pooled (long texts are not summarised by their first lines).
 */
export const documentTextModes = ['none', 'head', 'full'] as const;
export type DocumentTextMode = (typeof documentTextModes)[number];

export interface EmbedBatchOptions {
  /** Default `none`. */
  documentText?: DocumentTextMode;
  maxChunkChars?: number;
  signal?: AbortSignal;
  now?: () => number;
}

export interface EmbeddedDocument {
  record: DocumentEmbedded;
  /** The embedding call behind the record, with this document's share of its usage. */
  result: Pick<ModelResult<unknown>, 'model' | 'usage' | 'redactions' | 'degraded' | 'egress'>;
  /** Texts of this document in the call (chunks, if any, + names). */
  texts: number;
}

interface Piece {
  document: number;
  /** `document` for a chunk of the text, otherwise the field name. */
  target: string;
  text: string;
  /** A name that is, as a whole, personal data: an external endpoint gets a placeholder for it. */
  personal?: PersonalDataType;
}

/**
 * Vendor names already judged, as written: the same suppliers come back on invoice after
 * invoice, and running every personal-data recogniser on a name cost more CPU than the rest of
 * the embedder together (~15 ms per document in the local profile's profile, docs/benchmarks.md).
 */
const judgedVendorNames = new LRUCache<string, { person: boolean }>({ max: 20_000 });

/**
 * Whether an extracted name is a person's. A sender is a person; a vendor is a company unless the
 * recognisers read its name (as written, before folding) as a person's (`Hans Müller`, a sole trader).
 * Folded names (`hans muller`) carry no capitals or context, so they are judged before folding.
 * The answer depends on the name alone, so it is remembered per name (bounded LRU).
 */
export function personalName(field: (typeof embeddedNameFields)[number], value: string): PersonalDataType | undefined {
  if (field === 'senderName') return 'PERSON';
  let judged = judgedVendorNames.get(value);
  if (judged === undefined) {
    const people = findPersonalData(value).filter((span) => span.type === 'PERSON');
    judged = { person: people.some((span) => span.end - span.start >= value.trim().length / 2) };
    judgedVendorNames.set(value, judged);
  }
  return judged.person ? 'PERSON' : undefined;
}

/**
 * Embeds a batch of extracted documents: one embedding call per tenant in the batch (one in
 * the usual single-tenant batch) covering every entity name (and every text chunk, as
 * `documentText` says), so the
 * cache decorator under `model` looks them all up at once and sends each distinct miss once.
 * The call is per tenant because redaction for external endpoints is a per-tenant policy.
 */
export async function embedBatch(documents: readonly DocumentExtracted[], model: EmbeddingModel, options: EmbedBatchOptions = {}): Promise<EmbeddedDocument[]> {
  const byTenant = new Map<string, number[]>();
  documents.forEach((document, index) => byTenant.set(document.tenant, [...(byTenant.get(document.tenant) ?? []), index]));
  const embedded = new Array<EmbeddedDocument>(documents.length);
  for (const [tenant, indexes] of byTenant) {
    const group = await embedTenantGroup(
      indexes.map((index) => documents[index] as DocumentExtracted),
      tenant,
      model,
      options,
    );
    group.forEach((entry, i) => (embedded[indexes[i] as number] = entry));
  }
  return embedded;
}

async function embedTenantGroup(documents: readonly DocumentExtracted[], tenant: string, model: EmbeddingModel, options: EmbedBatchOptions): Promise<EmbeddedDocument[]> {
  const maxChunkChars = options.maxChunkChars ?? defaultMaxChunkChars;
  const mode = options.documentText ?? 'none';
  const chunksOf = (text: string): string[] => {
    if (mode === 'none') return [];
    const chunks = chunkText(text, maxChunkChars);
    return mode === 'head' ? chunks.slice(0, 1) : chunks;
  };
  const pieces: Piece[] = documents.flatMap((document, index) => [
    ...chunksOf(document.text).map((text) => ({ document: index, target: 'document', text })),
    ...embeddedNameFields.flatMap((name) => {
      const value = document.fields.find((field) => field.name === name)?.value;
      // Names are embedded folded, exactly as the reference index embeds them: the enricher's
      // lookups of the same name are then cache hits, and the vectors compare with reference vectors.
      return value ? [{ document: index, target: name, text: nameForEmbedding(value), personal: personalName(name, value) }] : [];
    }),
  ]);
  // A batch without names or texts to embed (e-mails without a sender name, names only) makes no call.
  const result: ModelResult<number[][]> =
    pieces.length === 0
      ? { value: [] as number[][], model: model.ref, degraded: false, redactions: {}, usage: { inputTokens: 0, outputTokens: 0, characters: 0, latencyMs: 0, costUsd: 0 } }
      : await model.embed(
          pieces.map((piece) => piece.text),
          { tenant, signal: options.signal, personalData: pieces.map((piece) => piece.personal) },
        );
  if (result.value.length !== pieces.length) {
    throw new SluiceError('INVALID_MODEL_OUTPUT', `embedding model returned ${result.value.length} vectors for ${pieces.length} texts`);
  }
  const modelKey = cacheModelKey(result.model);
  const embeddedAt = (options.now ?? Date.now)();
  const totalChars = pieces.reduce((sum, piece) => sum + piece.text.length, 0);

  return documents.map((document, index) => {
    const mine = pieces.flatMap((piece, i) => (piece.document === index ? [{ piece, vector: result.value[i] as number[] }] : []));
    const chunkVectors = mine.filter(({ piece }) => piece.target === 'document').map(({ vector }) => vector);
    const embeddings: DocumentEmbedded['embeddings'] = [
      ...(chunkVectors.length === 0
        ? []
        : [{ target: 'document', model: modelKey, contentHash: contentHash(document.text), vector: l2Normalise(meanPool(chunkVectors)) }]),
      ...mine
        .filter(({ piece }) => piece.target !== 'document')
        .map(({ piece, vector }) => ({ target: piece.target, model: modelKey, contentHash: contentHash(piece.text), vector })),
    ];
    const chars = mine.reduce((sum, { piece }) => sum + piece.text.length, 0);
    return {
      record: {
        documentId: document.documentId,
        tenant: document.tenant,
        kind: document.kind,
        receivedAt: document.receivedAt,
        fields: document.fields.map((field) => ({ name: field.name, value: field.value, confidence: field.confidence, span: field.span })),
        embeddings,
        embeddedAt,
        text: document.text,
        parentId: document.parentId ?? null,
        capped: document.capped ?? {},
        inputFacts: document.inputFacts ?? {},
      },
      result: {
        model: result.model,
        degraded: result.degraded,
        redactions: result.redactions,
        usage: shareOf(result.usage, chars, totalChars),
        ...(result.egress ? { egress: result.egress } : {}),
      },
      texts: mine.length,
    };
  });
}

/**
 * A document's share of one batched call, by characters (what embedding prices and token
 * estimates follow), so costs summed per document or per tenant add up to the call's cost.
 * Latency is not shared: every document waited for the whole call.
 */
function shareOf(usage: Usage, chars: number, totalChars: number): Usage {
  const share = totalChars === 0 ? 0 : chars / totalChars;
  return {
    inputTokens: Math.round(usage.inputTokens * share),
    outputTokens: Math.round(usage.outputTokens * share),
    characters: chars,
    latencyMs: usage.latencyMs,
    costUsd: usage.costUsd * share,
  };
}
