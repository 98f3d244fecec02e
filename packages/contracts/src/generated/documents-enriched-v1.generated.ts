// Generated from schemas/documents.enriched.v1.avsc by packages/contracts/scripts/generate-types.ts. Do not edit.
/* eslint-disable @typescript-eslint/no-namespace */

export type DocumentEnriched = SluiceDocumentsV1.DocumentEnriched;

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
}

