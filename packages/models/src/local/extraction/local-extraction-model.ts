import nlp from 'compromise';
import type { CallOptions, ExtractedField, ExtractionModel, ExtractionRequest, FieldTarget, ModelRef, ModelResult, TextSpan } from '../../model-contracts';
import { targetNameOf } from '../../extraction-targets';
import type { LanguageDetector } from '../language/language-detector';
import { amountFields } from './amount-fields';
import { evidenceConfidence } from './confidence-calibration';
import { countryEvidence } from './country-evidence';
import { addresseeRanges, customerRanges } from './customer-block';
import { findDates } from './date-parsing';
import { readingText } from './document-text';
import { documentTypeOf } from './document-type';
import type { FieldCandidate } from './field-candidate';
import { dateFields, identifierFields } from './header-fields';
import { ibanFields } from './iban-fields';
import { labelSegments } from './label-segments';
import { lineItemFields } from './line-items';
import { customerIdFields, senderFields, ticketFields } from './message-fields';
import { orderIdFields } from './message-references';
import { messageReading } from '../classification/message-reading';
import type { TaxonomyClassifier } from '../classification/taxonomy-classifier';
import type { TriageTaxonomies } from '../../triage/triage-taxonomy';
import { rulesModelVersion } from './model-versions';
import { senderAddressOf } from './sender-address';
import { vatIdFields } from './tax-id-fields';
import { layoutOf } from './text-layout';
import { vendorFields } from './vendor-fields';
import type { EntityRecognizer } from './recognizers-entities';

/**
 * The `local` extractor: project rules (layout-aware labels from public standards, checksums,
 * arithmetic, document-level country evidence) first, Recognizers-Text for date segments the
 * rules cannot read, compromise for organisation and person candidates. Every field carries the
 * span of text it was read from. No network, no weights to download; construct once per process.
 * Work per document is linear in its length (bounded per line where a rule compares items).
 */
export interface LocalExtractionDependencies {
  recognizer: EntityRecognizer;
  languages: LanguageDetector;
  /** Every tenant's e-mail triage taxonomy (config/triage). */
  triage: TriageTaxonomies;
  /** Intent and urgency from a taxonomy. */
  classifier: TaxonomyClassifier;
  now?: () => number;
}

// compromise costs ~1 ms per 10 characters: organisation and person candidates are looked for in
// the head of the document (letterhead, greeting, signature of a short mail) only, which keeps a
// long document's cost bounded.
const nlpWindow = 1_500;

// A date in words fits in a few dozen characters ("the 4th of March 2026", "1er mars 2026").
const recognizerSegmentMax = 40;

/** True when a labelled date segment is worth a Recognizers-Text call: short, no date our rules read. */
function recognizerMayRead(value: string): boolean {
  return value.length <= recognizerSegmentMax && /\p{L}/u.test(value) && findDates(value, { dayFirst: true }).length === 0;
}

async function invoiceCandidates(text: string, deps: LocalExtractionDependencies): Promise<FieldCandidate[]> {
  const lines = layoutOf(text);
  const segments = labelSegments(text, lines);
  const language = deps.languages.detect(text).language;
  const evidence = countryEvidence(text, language);
  const customer = customerRanges(lines);
  // The addressee of a letter with no buyer label is not the seller (its VAT id and IBAN rules keep the labelled block only).
  const addressee = addresseeRanges(lines);
  const documentType = documentTypeOf(lines, segments);
  const vendor = vendorFields(text, lines, segments, [...customer, ...addressee], () => nlp(text.slice(0, nlpWindow)).organizations().out('array') as string[], addressee);
  const sellerSpan = vendor[0]?.span;
  const out: FieldCandidate[] = [
    { name: 'documentType', value: documentType.type, evidence: documentType.span ? 'documentTitle' : 'documentDefault', span: documentType.span },
    ...identifierFields(lines, segments, documentType.type),
    ...dateFields(text, segments, evidence),
    ...amountFields({ text, lines, segments, evidence, documentType: documentType.type }),
    ...ibanFields(text, customer),
    ...vatIdFields(text, segments, customer, sellerSpan ? { lines, span: sellerSpan, addressee } : undefined),
    ...vendor,
    ...lineItemFields(text),
  ];
  // Labelled date segments our parser could not read get a second opinion from Recognizers-Text.
  // Only those: a segment whose date the rules read and set aside (a due date before the issue
  // date) stays set aside, and a Recognizers-Text call is costly — its first call in a locale
  // compiles that locale's patterns (seconds; tens of seconds on a loaded machine), later ones
  // take tens to hundreds of milliseconds — where the rules take microseconds.
  for (const name of ['issueDate', 'dueDate'] as const) {
    if (out.some((c) => c.name === name)) continue;
    const segment = segments.find((s) => s.kind === name);
    if (!segment || !recognizerMayRead(segment.value)) continue;
    const date = await deps.recognizer.date(segment.value, language);
    if (date) out.push({ name, value: date, evidence: 'cueDate', span: { start: segment.offset, end: segment.offset + segment.value.length } });
  }
  return out;
}

async function emailCandidates(text: string, tenant: string, deps: LocalExtractionDependencies): Promise<FieldCandidate[]> {
  const fallbackEmails = senderAddressOf(text) ? [] : await deps.recognizer.emails(text);
  const taxonomy = deps.triage.for(tenant);
  const reading = messageReading(text);
  const ownPart = `${reading.subject}\n${reading.body}\n${reading.signature}`;
  const intent = await deps.classifier.intent(taxonomy, text);
  const urgency = deps.classifier.urgency(taxonomy, text);
  return [
    ...senderFields(text, fallbackEmails, () => nlp(text.slice(0, nlpWindow)).people().out('array') as string[]),
    ...customerIdFields(ownPart),
    ...orderIdFields(ownPart),
    { name: 'intent', value: intent.intent, evidence: intent.evidence, span: null },
    { name: 'urgency', value: urgency.intent, evidence: urgency.evidence, span: null },
  ];
}

/** A candidate's span in the received text: its own, else where its value is printed verbatim. */
function spanIn(candidate: FieldCandidate, reading: string, toOriginal: (offset: number) => number): TextSpan | null {
  let span = candidate.span;
  if (span === undefined) {
    const at = candidate.value.length >= 2 ? reading.indexOf(candidate.value) : -1;
    span = at >= 0 ? { start: at, end: at + candidate.value.length } : null;
  }
  if (span === null) return null;
  // The end maps from the last character read, so dropped invisible characters stay inside.
  return { start: toOriginal(span.start), end: span.end > span.start ? toOriginal(span.end - 1) + 1 : toOriginal(span.start) };
}

export function createLocalExtractionModel(deps: LocalExtractionDependencies): ExtractionModel {
  const now = deps.now ?? (() => performance.now());
  const ref: ModelRef = { provider: 'local', model: 'sluice-rules-ner', version: rulesModelVersion(), promptId: null, promptHash: null };
  return {
    ref,
    async extract(request: ExtractionRequest, targets: readonly FieldTarget[], options?: CallOptions): Promise<ModelResult<ExtractedField[]>> {
      const started = now();
      options?.signal?.throwIfAborted();
      const reading = readingText(request.text);
      const candidates =
        request.kind === 'invoice'
          ? await invoiceCandidates(reading.text, deps)
          : request.kind === 'email'
            ? await emailCandidates(reading.text, request.tenant, deps)
            : request.kind === 'ticket'
              ? ticketFields(reading.text)
              : [];
      const wanted = new Set(targets.map((t) => t.name));
      const fields = candidates
        .filter((c) => wanted.has(targetNameOf(c.name)))
        .map((c) => ({ name: c.name, value: c.value, confidence: evidenceConfidence[c.evidence], span: spanIn(c, reading.text, (offset) => reading.toOriginal(offset)) }));
      return {
        value: fields,
        usage: { inputTokens: 0, outputTokens: 0, characters: request.text.length, latencyMs: now() - started, costUsd: 0 },
        model: ref,
        degraded: false,
        redactions: {},
      };
    },
  };
}

/**
 * The extractor with its real dependencies: Recognizers-Text, cld3 (stop-word fallback), the triage
 * taxonomies of `TRIAGE_DIR` (default config/triage; a bad file throws CONFIG). `nearestExamples`
 * adds USE-lite's nearest taxonomy examples where the cue terms leave a message open; off by
 * default: on the blind messages corpus (54% not English; USE-lite is an English model) it cost
 * ~40x the CPU per e-mail and moved no intent to right (docs/architecture.md, triage).
 */
export async function createDefaultLocalExtractionModel(
  env: Record<string, string | undefined> = process.env,
  options: { nearestExamples?: boolean } = {},
): Promise<ExtractionModel> {
  const [{ createEntityRecognizer }, { createLanguageDetector }, { createTaxonomyClassifier }, { createUseLiteEmbeddingModel }, { loadTriageTaxonomies }] = await Promise.all([
    import('./recognizers-entities'),
    import('../language/language-detector'),
    import('../classification/taxonomy-classifier'),
    import('../embedding/use-lite-embedding-model'),
    import('../../triage/load-triage-taxonomies'),
  ]);
  return createLocalExtractionModel({
    recognizer: createEntityRecognizer(),
    languages: await createLanguageDetector(),
    triage: loadTriageTaxonomies(env),
    classifier: createTaxonomyClassifier(options.nearestExamples ? { embedding: createUseLiteEmbeddingModel() } : {}),
  });
}
