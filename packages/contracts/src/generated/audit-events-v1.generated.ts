// Generated from schemas/audit.events.v1.avsc by packages/contracts/scripts/generate-types.ts. Do not edit.
/* eslint-disable @typescript-eslint/no-namespace */

export type AuditEvent = SluiceAuditV1.AuditEvent;

export namespace SluiceAuditV1 {
    export const AuditModelRefSchema = "{\"type\":\"record\",\"name\":\"AuditModelRef\",\"fields\":[{\"name\":\"provider\",\"type\":\"string\"},{\"name\":\"model\",\"type\":\"string\"},{\"name\":\"version\",\"type\":\"string\"},{\"name\":\"promptId\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"promptHash\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    export const AuditModelRefName = "sluice.audit.v1.AuditModelRef";
    export interface AuditModelRef {
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
    export const AuditEventSchema = "{\"type\":\"record\",\"name\":\"AuditEvent\",\"namespace\":\"sluice.audit.v1\",\"doc\":\"What a service did with a document, for the audit trail. Key: the document id.\",\"fields\":[{\"name\":\"eventId\",\"type\":\"string\",\"doc\":\"Unique and deterministic per action: replays do not duplicate.\"},{\"name\":\"documentId\",\"type\":\"string\"},{\"name\":\"tenant\",\"type\":\"string\"},{\"name\":\"service\",\"type\":\"string\"},{\"name\":\"action\",\"type\":\"string\",\"doc\":\"e.g. extracted, embedded, enriched, accepted, rejected, review-requested.\"},{\"name\":\"occurredAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"model\",\"default\":null,\"type\":[\"null\",{\"type\":\"record\",\"name\":\"AuditModelRef\",\"fields\":[{\"name\":\"provider\",\"type\":\"string\"},{\"name\":\"model\",\"type\":\"string\"},{\"name\":\"version\",\"type\":\"string\"},{\"name\":\"promptId\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"promptHash\",\"type\":[\"null\",\"string\"],\"default\":null}]}]},{\"name\":\"latencyMs\",\"type\":\"double\",\"default\":0},{\"name\":\"inputTokens\",\"type\":\"long\",\"default\":0},{\"name\":\"outputTokens\",\"type\":\"long\",\"default\":0},{\"name\":\"costUsd\",\"type\":\"double\",\"default\":0},{\"name\":\"redactions\",\"type\":{\"type\":\"map\",\"values\":\"int\"},\"default\":{},\"doc\":\"Counts per PII type, never values.\"},{\"name\":\"reviewer\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"rationale\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"details\",\"type\":{\"type\":\"map\",\"values\":\"string\"},\"default\":{}},{\"name\":\"traceparent\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"W3C trace context of the action.\"}]}";
    export const AuditEventName = "sluice.audit.v1.AuditEvent";
    /**
     * What a service did with a document, for the audit trail. Key: the document id.
     */
    export interface AuditEvent {
        /**
         * Unique and deterministic per action: replays do not duplicate.
         */
        eventId: string;
        documentId: string;
        tenant: string;
        service: string;
        /**
         * e.g. extracted, embedded, enriched, accepted, rejected, review-requested.
         */
        action: string;
        occurredAt: number;
        /**
         * Default: null
         */
        model: null | SluiceAuditV1.AuditModelRef;
        /**
         * Default: 0
         */
        latencyMs: number;
        /**
         * Default: 0
         */
        inputTokens: number;
        /**
         * Default: 0
         */
        outputTokens: number;
        /**
         * Default: 0
         */
        costUsd: number;
        /**
         * Counts per PII type, never values.
         *
         * Default: {}
         */
        redactions: {
            [index: string]: number;
        };
        /**
         * Default: null
         */
        reviewer: null | string;
        /**
         * Default: null
         */
        rationale: null | string;
        /**
         * Default: {}
         */
        details: {
            [index: string]: string;
        };
        /**
         * W3C trace context of the action.
         *
         * Default: null
         */
        traceparent: null | string;
    }
}

