import type { WithDefaultedFields } from './defaulted-fields';
import type { SluiceDocumentsV1 as Documents } from './generated/sluice-documents-v1.generated';

/**
 * documents.ingested.v1 as producers write it: parentId, content, contentRef and textRef (issue 9:
 * raw documents, attachments, claim checks) came later with null defaults and may be left out.
 */
export type DocumentIngested = WithDefaultedFields<Documents.DocumentIngested, 'parentId' | 'content' | 'contentRef' | 'textRef'>;

/**
 * documents.extracted.v1 as producers write it: parentId and textRef came later with null
 * defaults, capped (issue 12, input 5: line items cut at the output cap) and inputFacts (the
 * ingested record's own problems, issue 12's bad inputs) with empty maps.
 */
export type DocumentExtracted = WithDefaultedFields<Documents.DocumentExtracted, 'parentId' | 'textRef' | 'capped' | 'inputFacts'>;

/** documents.embedded.v1 as producers write it: parentId came later with a null default, capped and inputFacts with empty maps. */
export type DocumentEmbedded = WithDefaultedFields<Documents.DocumentEmbedded, 'parentId' | 'capped' | 'inputFacts'>;

/** documents.enriched.v1 as producers write it: parentId came later with a null default. */
export type DocumentEnriched = WithDefaultedFields<Documents.DocumentEnriched, 'parentId'>;

/** documents.processed.v1 as producers write it: parentId came later with a null default. */
export type DocumentProcessed = WithDefaultedFields<Documents.DocumentProcessed, 'parentId'>;

/** A claim check: bytes stored once in the blob store under their SHA-256 (see @sluice/blob-store). */
export type BlobReference = Documents.BlobReference;
