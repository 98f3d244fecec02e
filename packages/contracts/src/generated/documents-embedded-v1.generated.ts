// Generated from schemas/documents.embedded.v1.avsc by packages/contracts/scripts/generate-types.ts. Do not edit.
/* eslint-disable @typescript-eslint/no-namespace */

export type DocumentEmbedded = SluiceDocumentsV1.DocumentEmbedded;

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
    export const DocumentEmbeddedSchema = "{\"type\":\"record\",\"name\":\"DocumentEmbedded\",\"namespace\":\"sluice.documents.v1\",\"doc\":\"Extracted document plus embeddings of its text and entity names. Key: the document id.\",\"fields\":[{\"name\":\"documentId\",\"type\":\"string\"},{\"name\":\"tenant\",\"type\":\"string\"},{\"name\":\"kind\",\"type\":\"string\"},{\"name\":\"receivedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"fields\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"EmbeddedField\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}}},{\"name\":\"embeddings\",\"doc\":\"One vector per target: a field name such as vendorName, and 'document' (the text, chunked and mean-pooled) when the embedder is configured to embed texts (EMBED_DOCUMENT_TEXT).\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"Embedding\",\"fields\":[{\"name\":\"target\",\"type\":\"string\"},{\"name\":\"model\",\"type\":\"string\"},{\"name\":\"contentHash\",\"type\":\"string\",\"doc\":\"sha256 of the embedded text: the cache key.\"},{\"name\":\"vector\",\"type\":{\"type\":\"array\",\"items\":\"float\"}}]}}},{\"name\":\"embeddedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"text\",\"type\":\"string\",\"default\":\"\",\"doc\":\"The document text, carried for the enricher's near-duplicate detection (shingles); empty from embedders older than the field.\"},{\"name\":\"parentId\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"The document this one was attached to; null for a document of its own.\"},{\"name\":\"capped\",\"type\":{\"type\":\"map\",\"values\":\"long\"},\"default\":{},\"doc\":\"Carried from documents.extracted.v1: what the extractor cut (a repeated target to its item count, text to its length in characters).\"}]}";
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
    }
}

