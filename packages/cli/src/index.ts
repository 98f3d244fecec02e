// The CLI's pieces for programs and tests (the end-to-end test starts services the way `sluice up` does).
export { superviseServices } from './commands/up-command';
export { discoverServices } from './supervisor/service-discovery';
export type { ServiceEntry } from './supervisor/service-discovery';
export { ProcessSupervisor } from './supervisor/process-supervisor';
export { loadReferences, readReferenceDir } from './commands/reference-command';
export { publishDocuments, INGEST_TOPIC } from './demo/publish-documents';
export { readDocuments } from './commands/document-input';
export type { ParsedDocument as InputDocument, InvalidDocument, RawFileOptions } from './commands/document-input';
export { OutcomeTally } from './demo/outcome-tally';
export { watchResults } from './demo/result-watcher';
export type { Outcome, OutcomeSummary } from './demo/outcome-tally';
