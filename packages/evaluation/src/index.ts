export { calibrationOf } from './calibration';
export type { Calibration, CalibrationBin, Judgement } from './calibration';
export { corpusCatalogue, corpusNamed, privacyCorpusCatalogue, privacyCorpusNamed } from './corpus-catalogue';
export type { PrivacyCorpusEntry } from './corpus-catalogue';
export type { CorpusEntry } from './corpus-catalogue';
export { checksumFileName, parseChecksums, verifyChecksums } from './corpus-checksums';
export type { ChecksumReport } from './corpus-checksums';
export { loadCorpus } from './corpus-loading';
export { invoiceKeyFields, scoreCorpus, scoredFields } from './extraction-scoring';
export type { CorpusScore, FieldScore, FieldVerdict } from './extraction-scoring';
export { decimalCents, sameFieldValue } from './field-comparison';
export { generatedCases } from './generated-corpus';
export type { GeneratedDocument } from './generated-corpus';
export type { CaseResult, ExpectedValue, LabelledCase, PredictedField } from './labelled-case';
export { runExtraction } from './run-extraction';
export type { ExtractionRun } from './run-extraction';
export { calibrationTable, confusionLines, failureLines, fieldTable } from './score-report';

// Privacy: redaction scored on the blind privacy corpus (its own label format: pii[] and keep[]).
export { loadPrivacyCorpus, privacyCorpusDir } from './privacy/privacy-corpus';
export type { LabelledString, PrivacyDocument } from './privacy/privacy-corpus';
export { scoreRedaction } from './privacy/redaction-scoring';
export type { KeepPreservation, RedactedSpan, RedactionScore, SpanPrecision, TypeRecall } from './privacy/redaction-scoring';
export { checksumTypes, groupRecall, precisionFloor, privacyFloors } from './privacy/privacy-floors';
