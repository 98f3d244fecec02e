// Generated from schemas/documents.ingested.v1.avsc by packages/contracts/scripts/generate-types.ts. Do not edit.
/* eslint-disable @typescript-eslint/no-namespace */

export type DocumentIngested = SluiceDocumentsV1.DocumentIngested;

export namespace SluiceDocumentsV1 {
    export const DocumentSourceSchema = "{\"type\":\"record\",\"name\":\"DocumentSource\",\"fields\":[{\"name\":\"platform\",\"type\":\"string\"},{\"name\":\"uri\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    export const DocumentSourceName = "sluice.documents.v1.DocumentSource";
    export interface DocumentSource {
        platform: string;
        /**
         * Default: null
         */
        uri: null | string;
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
}

