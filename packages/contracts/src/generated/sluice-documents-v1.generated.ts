// Generated from schemas/documents.embedded.v1.avsc, schemas/documents.enriched.v1.avsc, schemas/documents.extracted.v1.avsc, schemas/documents.ingested.v1.avsc, schemas/documents.processed.v1.avsc by packages/contracts/scripts/generate-types.ts. Do not edit.
/* eslint-disable @typescript-eslint/no-namespace */

export type DocumentEmbedded = SluiceDocumentsV1.DocumentEmbedded;

export type DocumentEnriched = SluiceDocumentsV1.DocumentEnriched;

export type DocumentExtracted = SluiceDocumentsV1.DocumentExtracted;

export type DocumentIngested = SluiceDocumentsV1.DocumentIngested;

export type DocumentProcessed = SluiceDocumentsV1.DocumentProcessed;

export namespace SluiceDocumentsV1 {
    export const TextSpanSchema = "{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}";
    export const TextSpanName = "sluice.documents.v1.TextSpan";
    /**
     * Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.
     */
    export interface TextSpan {
        start: number;
        end: number;
    }
    export const EmbeddedFieldSchema = "{\"type\":\"record\",\"name\":\"EmbeddedField\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}";
    export const EmbeddedFieldName = "sluice.documents.v1.EmbeddedField";
    export interface EmbeddedField {
        name: string;
        value: string;
        confidence: number;
        /**
         * Source span of the value; null when computed, classified or unknown.
         *
         * Default: null
         */
        span: null | SluiceDocumentsV1.TextSpan;
    }
    export const EmbeddingSchema = "{\"type\":\"record\",\"name\":\"Embedding\",\"fields\":[{\"name\":\"target\",\"type\":\"string\"},{\"name\":\"model\",\"type\":\"string\"},{\"name\":\"contentHash\",\"type\":\"string\",\"doc\":\"sha256 of the embedded text: the cache key.\"},{\"name\":\"vector\",\"type\":{\"type\":\"array\",\"items\":\"float\"}}]}";
    export const EmbeddingName = "sluice.documents.v1.Embedding";
    export interface Embedding {
        target: string;
        model: string;
        /**
         * sha256 of the embedded text: the cache key.
         */
        contentHash: string;
        vector: number[];
    }
    export const DocumentEmbeddedSchema = "{\"type\":\"record\",\"name\":\"DocumentEmbedded\",\"namespace\":\"sluice.documents.v1\",\"doc\":\"Extracted document plus embeddings of its text and entity names. Key: the document id.\",\"fields\":[{\"name\":\"documentId\",\"type\":\"string\"},{\"name\":\"tenant\",\"type\":\"string\"},{\"name\":\"kind\",\"type\":\"string\"},{\"name\":\"receivedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"fields\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"EmbeddedField\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}}},{\"name\":\"embeddings\",\"doc\":\"One vector per target: a field name such as vendorName, and 'document' (the text, chunked and mean-pooled) when the embedder is configured to embed texts (EMBED_DOCUMENT_TEXT).\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"Embedding\",\"fields\":[{\"name\":\"target\",\"type\":\"string\"},{\"name\":\"model\",\"type\":\"string\"},{\"name\":\"contentHash\",\"type\":\"string\",\"doc\":\"sha256 of the embedded text: the cache key.\"},{\"name\":\"vector\",\"type\":{\"type\":\"array\",\"items\":\"float\"}}]}}},{\"name\":\"embeddedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"text\",\"type\":\"string\",\"default\":\"\",\"doc\":\"The document text, carried for the enricher's near-duplicate detection (shingles); empty from embedders older than the field.\"},{\"name\":\"parentId\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"The document this one was attached to; null for a document of its own.\"},{\"name\":\"capped\",\"type\":{\"type\":\"map\",\"values\":\"long\"},\"default\":{},\"doc\":\"Carried from documents.extracted.v1: what the extractor cut (a repeated target to its item count, text to its length in characters).\"},{\"name\":\"inputFacts\",\"type\":{\"type\":\"map\",\"values\":\"string\"},\"default\":{},\"doc\":\"Carried from documents.extracted.v1: facts the extractor found about the ingested record itself (document.kind, document.attributes, document.activeContent).\"}]}";
    export const DocumentEmbeddedName = "sluice.documents.v1.DocumentEmbedded";
    /**
     * Extracted document plus embeddings of its text and entity names. Key: the document id.
     */
    export interface DocumentEmbedded {
        documentId: string;
        tenant: string;
        kind: string;
        receivedAt: number;
        fields: SluiceDocumentsV1.EmbeddedField[];
        /**
         * One vector per target: a field name such as vendorName, and 'document' (the text, chunked and mean-pooled) when the embedder is configured to embed texts (EMBED_DOCUMENT_TEXT).
         */
        embeddings: SluiceDocumentsV1.Embedding[];
        embeddedAt: number;
        /**
         * The document text, carried for the enricher's near-duplicate detection (shingles); empty from embedders older than the field.
         *
         * Default: ""
         */
        text: string;
        /**
         * The document this one was attached to; null for a document of its own.
         *
         * Default: null
         */
        parentId: null | string;
        /**
         * Carried from documents.extracted.v1: what the extractor cut (a repeated target to its item count, text to its length in characters).
         *
         * Default: {}
         */
        capped: {
            [index: string]: number;
        };
        /**
         * Carried from documents.extracted.v1: facts the extractor found about the ingested record itself (document.kind, document.attributes, document.activeContent).
         *
         * Default: {}
         */
        inputFacts: {
            [index: string]: string;
        };
    }
    export const EnrichedFieldSchema = "{\"type\":\"record\",\"name\":\"EnrichedField\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}";
    export const EnrichedFieldName = "sluice.documents.v1.EnrichedField";
    export interface EnrichedField {
        name: string;
        value: string;
        confidence: number;
        /**
         * Source span of the value; null when computed, classified or unknown.
         *
         * Default: null
         */
        span: null | SluiceDocumentsV1.TextSpan;
    }
    export const EntityMatchSchema = "{\"type\":\"record\",\"name\":\"EntityMatch\",\"fields\":[{\"name\":\"entityType\",\"type\":\"string\"},{\"name\":\"refId\",\"type\":\"string\"},{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"score\",\"type\":\"double\"}]}";
    export const EntityMatchName = "sluice.documents.v1.EntityMatch";
    export interface EntityMatch {
        entityType: string;
        refId: string;
        name: string;
        score: number;
    }
    export const DocumentEnrichedSchema = "{\"type\":\"record\",\"name\":\"DocumentEnriched\",\"namespace\":\"sluice.documents.v1\",\"doc\":\"Document with reference matches, duplicate suspicion and connector facts. Key: the document id.\",\"fields\":[{\"name\":\"documentId\",\"type\":\"string\"},{\"name\":\"tenant\",\"type\":\"string\"},{\"name\":\"kind\",\"type\":\"string\"},{\"name\":\"receivedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"fields\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"EnrichedField\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}}},{\"name\":\"matches\",\"doc\":\"Nearest reference entities per extracted entity.\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"EntityMatch\",\"fields\":[{\"name\":\"entityType\",\"type\":\"string\"},{\"name\":\"refId\",\"type\":\"string\"},{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"score\",\"type\":\"double\"}]}}},{\"name\":\"duplicateOf\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"Id of an earlier document of the same tenant this one nearly duplicates.\"},{\"name\":\"duplicateScore\",\"type\":[\"null\",\"double\"],\"default\":null},{\"name\":\"facts\",\"type\":{\"type\":\"map\",\"values\":\"string\"},\"default\":{},\"doc\":\"Connector lookups, e.g. erp.vendor.status, erp.openPurchaseOrders.\"},{\"name\":\"enrichedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"parentId\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"The document this one was attached to; null for a document of its own.\"}]}";
    export const DocumentEnrichedName = "sluice.documents.v1.DocumentEnriched";
    /**
     * Document with reference matches, duplicate suspicion and connector facts. Key: the document id.
     */
    export interface DocumentEnriched {
        documentId: string;
        tenant: string;
        kind: string;
        receivedAt: number;
        fields: SluiceDocumentsV1.EnrichedField[];
        /**
         * Nearest reference entities per extracted entity.
         */
        matches: SluiceDocumentsV1.EntityMatch[];
        /**
         * Id of an earlier document of the same tenant this one nearly duplicates.
         *
         * Default: null
         */
        duplicateOf: null | string;
        /**
         * Default: null
         */
        duplicateScore: null | number;
        /**
         * Connector lookups, e.g. erp.vendor.status, erp.openPurchaseOrders.
         *
         * Default: {}
         */
        facts: {
            [index: string]: string;
        };
        enrichedAt: number;
        /**
         * The document this one was attached to; null for a document of its own.
         *
         * Default: null
         */
        parentId: null | string;
    }
    export const ExtractedFieldSchema = "{\"type\":\"record\",\"name\":\"ExtractedField\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}";
    export const ExtractedFieldName = "sluice.documents.v1.ExtractedField";
    export interface ExtractedField {
        name: string;
        value: string;
        confidence: number;
        /**
         * Source span of the value; null when computed, classified or unknown.
         *
         * Default: null
         */
        span: null | SluiceDocumentsV1.TextSpan;
    }
    export const ExtractionModelRefSchema = "{\"type\":\"record\",\"name\":\"ExtractionModelRef\",\"fields\":[{\"name\":\"provider\",\"type\":\"string\"},{\"name\":\"model\",\"type\":\"string\"},{\"name\":\"version\",\"type\":\"string\"},{\"name\":\"promptId\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"promptHash\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    export const ExtractionModelRefName = "sluice.documents.v1.ExtractionModelRef";
    export interface ExtractionModelRef {
        provider: string;
        model: string;
        version: string;
        /**
         * Default: null
         */
        promptId: null | string;
        /**
         * Default: null
         */
        promptHash: null | string;
    }
    export const BlobReferenceSchema = "{\"type\":\"record\",\"name\":\"BlobReference\",\"doc\":\"Claim check: a payload stored once in the blob store under its SHA-256, instead of inside the record.\",\"fields\":[{\"name\":\"sha256\",\"type\":\"string\",\"doc\":\"Lower-case hex SHA-256 of the stored bytes: the content address.\"},{\"name\":\"size\",\"type\":\"long\",\"doc\":\"Bytes stored.\"},{\"name\":\"contentType\",\"type\":\"string\",\"doc\":\"Media type of the stored bytes, e.g. application/pdf, text/plain; charset=utf-8.\"}]}";
    export const BlobReferenceName = "sluice.documents.v1.BlobReference";
    /**
     * Claim check: a payload stored once in the blob store under its SHA-256, instead of inside the record.
     */
    export interface BlobReference {
        /**
         * Lower-case hex SHA-256 of the stored bytes: the content address.
         */
        sha256: string;
        /**
         * Bytes stored.
         */
        size: number;
        /**
         * Media type of the stored bytes, e.g. application/pdf, text/plain; charset=utf-8.
         */
        contentType: string;
    }
    export const DocumentExtractedSchema = "{\"type\":\"record\",\"name\":\"DocumentExtracted\",\"namespace\":\"sluice.documents.v1\",\"doc\":\"Entities the extractor found in a document. Key: the document id.\",\"fields\":[{\"name\":\"documentId\",\"type\":\"string\"},{\"name\":\"tenant\",\"type\":\"string\"},{\"name\":\"kind\",\"type\":\"string\",\"doc\":\"invoice, email, ticket or other (after normalising unknown kinds).\"},{\"name\":\"text\",\"type\":\"string\",\"doc\":\"The canonical document text, carried for the embedder (its head when textRef is set).\"},{\"name\":\"language\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"ISO 639-1 code when detected.\"},{\"name\":\"receivedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"fields\",\"doc\":\"Normalised values: dates YYYY-MM-DD, amounts 1234.50, ISO currency; repeated fields indexed (lineItems[0].amount).\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"ExtractedField\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}}},{\"name\":\"model\",\"doc\":\"Which model and prompt produced the fields.\",\"type\":{\"type\":\"record\",\"name\":\"ExtractionModelRef\",\"fields\":[{\"name\":\"provider\",\"type\":\"string\"},{\"name\":\"model\",\"type\":\"string\"},{\"name\":\"version\",\"type\":\"string\"},{\"name\":\"promptId\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"promptHash\",\"type\":[\"null\",\"string\"],\"default\":null}]}},{\"name\":\"degraded\",\"type\":\"boolean\",\"default\":false,\"doc\":\"A fallback model answered.\"},{\"name\":\"extractedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"parentId\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"The document this one was attached to; null for a document of its own.\"},{\"name\":\"textRef\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"BlobReference\",\"doc\":\"Claim check: a payload stored once in the blob store under its SHA-256, instead of inside the record.\",\"fields\":[{\"name\":\"sha256\",\"type\":\"string\",\"doc\":\"Lower-case hex SHA-256 of the stored bytes: the content address.\"},{\"name\":\"size\",\"type\":\"long\",\"doc\":\"Bytes stored.\"},{\"name\":\"contentType\",\"type\":\"string\",\"doc\":\"Media type of the stored bytes.\"}]}],\"default\":null,\"doc\":\"The whole canonical text by reference when it is larger than the inline limit; text then holds its head.\"},{\"name\":\"capped\",\"type\":{\"type\":\"map\",\"values\":\"long\"},\"default\":{},\"doc\":\"What the extractor cut to bound its work and this record: a repeated target to how many items the model found (lineItems: 20000; fields hold the first ones), text to the text's length in characters when the models read only its head. Empty when nothing was cut.\"},{\"name\":\"inputFacts\",\"type\":{\"type\":\"map\",\"values\":\"string\"},\"default\":{},\"doc\":\"Facts the extractor found about the ingested record itself, for the rules (fact-value; the enricher adds them to its facts): document.kind=unknown when the producer's kind is none Sluice knows (processed as other), document.attributes=excessive above 1,000 attributes or 64 KiB of them, document.activeContent=present for HTML or a raw e-mail with scripts, frames, embedded objects, event handlers or javascript: links. Empty when there is nothing to say.\"}]}";
    export const DocumentExtractedName = "sluice.documents.v1.DocumentExtracted";
    /**
     * Entities the extractor found in a document. Key: the document id.
     */
    export interface DocumentExtracted {
        documentId: string;
        tenant: string;
        /**
         * invoice, email, ticket or other (after normalising unknown kinds).
         */
        kind: string;
        /**
         * The canonical document text, carried for the embedder (its head when textRef is set).
         */
        text: string;
        /**
         * ISO 639-1 code when detected.
         *
         * Default: null
         */
        language: null | string;
        receivedAt: number;
        /**
         * Normalised values: dates YYYY-MM-DD, amounts 1234.50, ISO currency; repeated fields indexed (lineItems[0].amount).
         */
        fields: SluiceDocumentsV1.ExtractedField[];
        /**
         * Which model and prompt produced the fields.
         */
        model: SluiceDocumentsV1.ExtractionModelRef;
        /**
         * A fallback model answered.
         *
         * Default: false
         */
        degraded: boolean;
        extractedAt: number;
        /**
         * The document this one was attached to; null for a document of its own.
         *
         * Default: null
         */
        parentId: null | string;
        /**
         * The whole canonical text by reference when it is larger than the inline limit; text then holds its head.
         *
         * Default: null
         */
        textRef: null | SluiceDocumentsV1.BlobReference;
        /**
         * What the extractor cut to bound its work and this record: a repeated target to how many items the model found (lineItems: 20000; fields hold the first ones), text to the text's length in characters when the models read only its head. Empty when nothing was cut.
         *
         * Default: {}
         */
        capped: {
            [index: string]: number;
        };
        /**
         * Facts the extractor found about the ingested record itself, for the rules (fact-value; the enricher adds them to its facts): document.kind=unknown when the producer's kind is none Sluice knows (processed as other), document.attributes=excessive above 1,000 attributes or 64 KiB of them, document.activeContent=present for HTML or a raw e-mail with scripts, frames, embedded objects, event handlers or javascript: links. Empty when there is nothing to say.
         *
         * Default: {}
         */
        inputFacts: {
            [index: string]: string;
        };
    }
    export const DocumentSourceSchema = "{\"type\":\"record\",\"name\":\"DocumentSource\",\"fields\":[{\"name\":\"platform\",\"type\":\"string\"},{\"name\":\"uri\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    export const DocumentSourceName = "sluice.documents.v1.DocumentSource";
    export interface DocumentSource {
        platform: string;
        /**
         * Default: null
         */
        uri: null | string;
    }
    export const DocumentIngestedSchema = "{\"type\":\"record\",\"name\":\"DocumentIngested\",\"namespace\":\"sluice.documents.v1\",\"doc\":\"A document a platform hands to Sluice. Key: the document id (UTF-8).\",\"fields\":[{\"name\":\"id\",\"type\":\"string\",\"doc\":\"Producer-assigned document id; the idempotency key end to end.\"},{\"name\":\"tenant\",\"type\":\"string\",\"doc\":\"Owning tenant.\"},{\"name\":\"kind\",\"type\":\"string\",\"doc\":\"invoice, email, ticket or other; unknown kinds are processed as other.\"},{\"name\":\"source\",\"doc\":\"Where the document came from.\",\"type\":{\"type\":\"record\",\"name\":\"DocumentSource\",\"fields\":[{\"name\":\"platform\",\"type\":\"string\"},{\"name\":\"uri\",\"type\":[\"null\",\"string\"],\"default\":null}]}},{\"name\":\"contentType\",\"type\":\"string\",\"doc\":\"e.g. text/plain, message/rfc822.\"},{\"name\":\"text\",\"type\":\"string\",\"doc\":\"The document text (canonical text once parsed; the head only when textRef is set).\"},{\"name\":\"receivedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"},\"doc\":\"When the platform received it.\"},{\"name\":\"attributes\",\"type\":{\"type\":\"map\",\"values\":\"string\"},\"default\":{},\"doc\":\"Free metadata.\"},{\"name\":\"parentId\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"The document this one was attached to (an e-mail's PDF invoice names the e-mail); null for a document of its own.\"},{\"name\":\"content\",\"type\":[\"null\",\"bytes\"],\"default\":null,\"doc\":\"The original bytes as received (a PDF, a raw e-mail, an HTML page) when they travel inline; text is then empty or a preview and the extractor's first stage parses them.\"},{\"name\":\"contentRef\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"BlobReference\",\"doc\":\"Claim check: a payload stored once in the blob store under its SHA-256, instead of inside the record.\",\"fields\":[{\"name\":\"sha256\",\"type\":\"string\",\"doc\":\"Lower-case hex SHA-256 of the stored bytes: the content address.\"},{\"name\":\"size\",\"type\":\"long\",\"doc\":\"Bytes stored.\"},{\"name\":\"contentType\",\"type\":\"string\",\"doc\":\"Media type of the stored bytes, e.g. application/pdf, text/plain; charset=utf-8.\"}]}],\"default\":null,\"doc\":\"The original by reference when it is larger than the inline limit (no record exceeds the broker's message size).\"},{\"name\":\"textRef\",\"type\":[\"null\",\"BlobReference\"],\"default\":null,\"doc\":\"The whole text by reference when it is larger than the inline limit; text then holds its head.\"}]}";
    export const DocumentIngestedName = "sluice.documents.v1.DocumentIngested";
    /**
     * A document a platform hands to Sluice. Key: the document id (UTF-8).
     */
    export interface DocumentIngested {
        /**
         * Producer-assigned document id; the idempotency key end to end.
         */
        id: string;
        /**
         * Owning tenant.
         */
        tenant: string;
        /**
         * invoice, email, ticket or other; unknown kinds are processed as other.
         */
        kind: string;
        /**
         * Where the document came from.
         */
        source: SluiceDocumentsV1.DocumentSource;
        /**
         * e.g. text/plain, message/rfc822.
         */
        contentType: string;
        /**
         * The document text (canonical text once parsed; the head only when textRef is set).
         */
        text: string;
        /**
         * When the platform received it.
         */
        receivedAt: number;
        /**
         * Free metadata.
         *
         * Default: {}
         */
        attributes: {
            [index: string]: string;
        };
        /**
         * The document this one was attached to (an e-mail's PDF invoice names the e-mail); null for a document of its own.
         *
         * Default: null
         */
        parentId: null | string;
        /**
         * The original bytes as received (a PDF, a raw e-mail, an HTML page) when they travel inline; text is then empty or a preview and the extractor's first stage parses them.
         *
         * Default: null
         */
        content: null | Buffer;
        /**
         * The original by reference when it is larger than the inline limit (no record exceeds the broker's message size).
         *
         * Default: null
         */
        contentRef: null | SluiceDocumentsV1.BlobReference;
        /**
         * The whole text by reference when it is larger than the inline limit; text then holds its head.
         *
         * Default: null
         */
        textRef: null | SluiceDocumentsV1.BlobReference;
    }
    export const DecisionSchema = "{\"type\":\"enum\",\"name\":\"Decision\",\"symbols\":[\"ACCEPTED\",\"REJECTED\"]}";
    export const DecisionName = "sluice.documents.v1.Decision";
    export type Decision = "ACCEPTED" | "REJECTED";
    export const ActorSchema = "{\"type\":\"enum\",\"name\":\"Actor\",\"symbols\":[\"POLICY\",\"HUMAN\"]}";
    export const ActorName = "sluice.documents.v1.Actor";
    export type Actor = "POLICY" | "HUMAN";
    export const DecidedBySchema = "{\"type\":\"record\",\"name\":\"DecidedBy\",\"fields\":[{\"name\":\"actor\",\"type\":{\"type\":\"enum\",\"name\":\"Actor\",\"symbols\":[\"POLICY\",\"HUMAN\"]}},{\"name\":\"reviewer\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"rationale\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    export const DecidedByName = "sluice.documents.v1.DecidedBy";
    export interface DecidedBy {
        actor: SluiceDocumentsV1.Actor;
        /**
         * Default: null
         */
        reviewer: null | string;
        /**
         * Default: null
         */
        rationale: null | string;
    }
    export const FieldSchema = "{\"type\":\"record\",\"name\":\"Field\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}";
    export const FieldName = "sluice.documents.v1.Field";
    export interface Field {
        name: string;
        value: string;
        confidence: number;
        /**
         * Source span of the value; null when computed, classified or unknown.
         *
         * Default: null
         */
        span: null | SluiceDocumentsV1.TextSpan;
    }
    export const MatchSchema = "{\"type\":\"record\",\"name\":\"Match\",\"fields\":[{\"name\":\"entityType\",\"type\":\"string\"},{\"name\":\"refId\",\"type\":\"string\"},{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"score\",\"type\":\"double\"}]}";
    export const MatchName = "sluice.documents.v1.Match";
    export interface Match {
        entityType: string;
        refId: string;
        name: string;
        score: number;
    }
    export const ViolationSchema = "{\"type\":\"record\",\"name\":\"Violation\",\"fields\":[{\"name\":\"rule\",\"type\":\"string\"},{\"name\":\"severity\",\"type\":\"string\"},{\"name\":\"message\",\"type\":\"string\"}]}";
    export const ViolationName = "sluice.documents.v1.Violation";
    export interface Violation {
        rule: string;
        severity: string;
        message: string;
    }
    export const DocumentProcessedSchema = "{\"type\":\"record\",\"name\":\"DocumentProcessed\",\"namespace\":\"sluice.documents.v1\",\"doc\":\"The final result: exactly one per document id. Key: the document id.\",\"fields\":[{\"name\":\"documentId\",\"type\":\"string\"},{\"name\":\"tenant\",\"type\":\"string\"},{\"name\":\"kind\",\"type\":\"string\"},{\"name\":\"decision\",\"type\":{\"type\":\"enum\",\"name\":\"Decision\",\"symbols\":[\"ACCEPTED\",\"REJECTED\"]},\"doc\":\"Final outcome.\"},{\"name\":\"decidedBy\",\"doc\":\"Who decided: the policy (rules) or a person.\",\"type\":{\"type\":\"record\",\"name\":\"DecidedBy\",\"fields\":[{\"name\":\"actor\",\"type\":{\"type\":\"enum\",\"name\":\"Actor\",\"symbols\":[\"POLICY\",\"HUMAN\"]}},{\"name\":\"reviewer\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"rationale\",\"type\":[\"null\",\"string\"],\"default\":null}]}},{\"name\":\"fields\",\"doc\":\"Final extracted fields, after any correction.\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"Field\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}}},{\"name\":\"matches\",\"doc\":\"Enrichment matches.\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"Match\",\"fields\":[{\"name\":\"entityType\",\"type\":\"string\"},{\"name\":\"refId\",\"type\":\"string\"},{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"score\",\"type\":\"double\"}]}}},{\"name\":\"violations\",\"doc\":\"What validation found.\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"Violation\",\"fields\":[{\"name\":\"rule\",\"type\":\"string\"},{\"name\":\"severity\",\"type\":\"string\"},{\"name\":\"message\",\"type\":\"string\"}]}}},{\"name\":\"processedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"},\"doc\":\"When the decision was emitted.\"},{\"name\":\"parentId\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"The document this one was attached to (an e-mail for its attached invoice): the family of final records; null for a document of its own.\"}]}";
    export const DocumentProcessedName = "sluice.documents.v1.DocumentProcessed";
    /**
     * The final result: exactly one per document id. Key: the document id.
     */
    export interface DocumentProcessed {
        documentId: string;
        tenant: string;
        kind: string;
        /**
         * Final outcome.
         */
        decision: SluiceDocumentsV1.Decision;
        /**
         * Who decided: the policy (rules) or a person.
         */
        decidedBy: SluiceDocumentsV1.DecidedBy;
        /**
         * Final extracted fields, after any correction.
         */
        fields: SluiceDocumentsV1.Field[];
        /**
         * Enrichment matches.
         */
        matches: SluiceDocumentsV1.Match[];
        /**
         * What validation found.
         */
        violations: SluiceDocumentsV1.Violation[];
        /**
         * When the decision was emitted.
         */
        processedAt: number;
        /**
         * The document this one was attached to (an e-mail for its attached invoice): the family of final records; null for a document of its own.
         *
         * Default: null
         */
        parentId: null | string;
    }
}
