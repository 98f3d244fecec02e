// Generated from schemas/documents.extracted.v1.avsc by packages/contracts/scripts/generate-types.ts. Do not edit.
/* eslint-disable @typescript-eslint/no-namespace */

export type DocumentExtracted = SluiceDocumentsV1.DocumentExtracted;

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
    export const BlobReferenceSchema = "{\"type\":\"record\",\"name\":\"BlobReference\",\"doc\":\"Claim check: a payload stored once in the blob store under its SHA-256, instead of inside the record.\",\"fields\":[{\"name\":\"sha256\",\"type\":\"string\",\"doc\":\"Lower-case hex SHA-256 of the stored bytes: the content address.\"},{\"name\":\"size\",\"type\":\"long\",\"doc\":\"Bytes stored.\"},{\"name\":\"contentType\",\"type\":\"string\",\"doc\":\"Media type of the stored bytes.\"}]}";
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
         * Media type of the stored bytes.
         */
        contentType: string;
    }
    export const DocumentExtractedSchema = "{\"type\":\"record\",\"name\":\"DocumentExtracted\",\"namespace\":\"sluice.documents.v1\",\"doc\":\"Entities the extractor found in a document. Key: the document id.\",\"fields\":[{\"name\":\"documentId\",\"type\":\"string\"},{\"name\":\"tenant\",\"type\":\"string\"},{\"name\":\"kind\",\"type\":\"string\",\"doc\":\"invoice, email, ticket or other (after normalising unknown kinds).\"},{\"name\":\"text\",\"type\":\"string\",\"doc\":\"The canonical document text, carried for the embedder (its head when textRef is set).\"},{\"name\":\"language\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"ISO 639-1 code when detected.\"},{\"name\":\"receivedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"fields\",\"doc\":\"Normalised values: dates YYYY-MM-DD, amounts 1234.50, ISO currency; repeated fields indexed (lineItems[0].amount).\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"ExtractedField\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}}},{\"name\":\"model\",\"doc\":\"Which model and prompt produced the fields.\",\"type\":{\"type\":\"record\",\"name\":\"ExtractionModelRef\",\"fields\":[{\"name\":\"provider\",\"type\":\"string\"},{\"name\":\"model\",\"type\":\"string\"},{\"name\":\"version\",\"type\":\"string\"},{\"name\":\"promptId\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"promptHash\",\"type\":[\"null\",\"string\"],\"default\":null}]}},{\"name\":\"degraded\",\"type\":\"boolean\",\"default\":false,\"doc\":\"A fallback model answered.\"},{\"name\":\"extractedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"parentId\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"The document this one was attached to; null for a document of its own.\"},{\"name\":\"textRef\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"BlobReference\",\"doc\":\"Claim check: a payload stored once in the blob store under its SHA-256, instead of inside the record.\",\"fields\":[{\"name\":\"sha256\",\"type\":\"string\",\"doc\":\"Lower-case hex SHA-256 of the stored bytes: the content address.\"},{\"name\":\"size\",\"type\":\"long\",\"doc\":\"Bytes stored.\"},{\"name\":\"contentType\",\"type\":\"string\",\"doc\":\"Media type of the stored bytes.\"}]}],\"default\":null,\"doc\":\"The whole canonical text by reference when it is larger than the inline limit; text then holds its head.\"},{\"name\":\"capped\",\"type\":{\"type\":\"map\",\"values\":\"long\"},\"default\":{},\"doc\":\"What the extractor cut to bound its work and this record: a repeated target to how many items the model found (lineItems: 20000; fields hold the first ones), text to the text's length in characters when the models read only its head. Empty when nothing was cut.\"}]}";
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
    }
}

