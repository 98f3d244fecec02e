// Generated from schemas/documents.processed.v1.avsc by packages/contracts/scripts/generate-types.ts. Do not edit.
/* eslint-disable @typescript-eslint/no-namespace */

export type DocumentProcessed = SluiceDocumentsV1.DocumentProcessed;

export namespace SluiceDocumentsV1 {
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
    export const TextSpanSchema = "{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}";
    export const TextSpanName = "sluice.documents.v1.TextSpan";
    /**
     * Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.
     */
    export interface TextSpan {
        start: number;
        end: number;
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

