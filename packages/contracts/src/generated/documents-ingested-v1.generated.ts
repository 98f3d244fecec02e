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
    export const DocumentIngestedSchema = "{\"type\":\"record\",\"name\":\"DocumentIngested\",\"namespace\":\"sluice.documents.v1\",\"doc\":\"A document a platform hands to Sluice. Key: the document id (UTF-8).\",\"fields\":[{\"name\":\"id\",\"type\":\"string\",\"doc\":\"Producer-assigned document id; the idempotency key end to end.\"},{\"name\":\"tenant\",\"type\":\"string\",\"doc\":\"Owning tenant.\"},{\"name\":\"kind\",\"type\":\"string\",\"doc\":\"invoice, email, ticket or other; unknown kinds are processed as other.\"},{\"name\":\"source\",\"doc\":\"Where the document came from.\",\"type\":{\"type\":\"record\",\"name\":\"DocumentSource\",\"fields\":[{\"name\":\"platform\",\"type\":\"string\"},{\"name\":\"uri\",\"type\":[\"null\",\"string\"],\"default\":null}]}},{\"name\":\"contentType\",\"type\":\"string\",\"doc\":\"e.g. text/plain, message/rfc822.\"},{\"name\":\"text\",\"type\":\"string\",\"doc\":\"The document text.\"},{\"name\":\"receivedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"},\"doc\":\"When the platform received it.\"},{\"name\":\"attributes\",\"type\":{\"type\":\"map\",\"values\":\"string\"},\"default\":{},\"doc\":\"Free metadata.\"}]}";
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
         * The document text.
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
    }
}

