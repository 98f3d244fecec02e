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
    export const AuditEgressSchema = "{\"type\":\"record\",\"name\":\"AuditEgress\",\"fields\":[{\"name\":\"callId\",\"type\":\"string\",\"doc\":\"Unique per model call; a batch's call repeats on each document's event.\"},{\"name\":\"endpoint\",\"type\":\"string\"},{\"name\":\"task\",\"type\":\"string\",\"doc\":\"embedding, extraction or classification.\"},{\"name\":\"policy\",\"type\":\"string\",\"doc\":\"deny, redact or allow (config/privacy/<tenant>.json).\"},{\"name\":\"consentReference\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"outcome\",\"type\":\"string\",\"doc\":\"sent, failed (sent, no usable answer) or withheld (nothing left).\"},{\"name\":\"reason\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"Why a call was withheld.\"},{\"name\":\"redactions\",\"type\":{\"type\":\"map\",\"values\":\"int\"},\"default\":{},\"doc\":\"Placeholders sent per type.\"}]}";
    export const AuditEgressName = "sluice.audit.v1.AuditEgress";
    export interface AuditEgress {
        /**
         * Unique per model call; a batch's call repeats on each document's event.
         */
        callId: string;
        endpoint: string;
        /**
         * embedding, extraction or classification.
         */
        task: string;
        /**
         * deny, redact or allow (config/privacy/<tenant>.json).
         */
        policy: string;
        /**
         * Default: null
         */
        consentReference: null | string;
        /**
         * sent, failed (sent, no usable answer) or withheld (nothing left).
         */
        outcome: string;
        /**
         * Why a call was withheld.
         *
         * Default: null
         */
        reason: null | string;
        /**
         * Placeholders sent per type.
         *
         * Default: {}
         */
        redactions: {
            [index: string]: number;
        };
    }
    export const AuditEventSchema = "{\"type\":\"record\",\"name\":\"AuditEvent\",\"namespace\":\"sluice.audit.v1\",\"doc\":\"What a service did with a document, for the audit trail. Key: the document id.\",\"fields\":[{\"name\":\"eventId\",\"type\":\"string\",\"doc\":\"Unique and deterministic per action: replays do not duplicate.\"},{\"name\":\"documentId\",\"type\":\"string\"},{\"name\":\"tenant\",\"type\":\"string\"},{\"name\":\"service\",\"type\":\"string\"},{\"name\":\"action\",\"type\":\"string\",\"doc\":\"e.g. extracted, embedded, enriched, accepted, rejected, review-requested.\"},{\"name\":\"occurredAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"model\",\"default\":null,\"type\":[\"null\",{\"type\":\"record\",\"name\":\"AuditModelRef\",\"fields\":[{\"name\":\"provider\",\"type\":\"string\"},{\"name\":\"model\",\"type\":\"string\"},{\"name\":\"version\",\"type\":\"string\"},{\"name\":\"promptId\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"promptHash\",\"type\":[\"null\",\"string\"],\"default\":null}]}]},{\"name\":\"latencyMs\",\"type\":\"double\",\"default\":0},{\"name\":\"inputTokens\",\"type\":\"long\",\"default\":0},{\"name\":\"outputTokens\",\"type\":\"long\",\"default\":0},{\"name\":\"costUsd\",\"type\":\"double\",\"default\":0},{\"name\":\"redactions\",\"type\":{\"type\":\"map\",\"values\":\"int\"},\"default\":{},\"doc\":\"Counts per PII type, never values.\"},{\"name\":\"reviewer\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"rationale\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"details\",\"type\":{\"type\":\"map\",\"values\":\"string\"},\"default\":{}},{\"name\":\"traceparent\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"W3C trace context of the action.\"},{\"name\":\"egress\",\"default\":[],\"doc\":\"Each decision about a call to an external model endpoint behind the action: endpoint, the tenant's policy, consent reference, outcome, and redaction counts per type (never values).\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"AuditEgress\",\"fields\":[{\"name\":\"callId\",\"type\":\"string\",\"doc\":\"Unique per model call; a batch's call repeats on each document's event.\"},{\"name\":\"endpoint\",\"type\":\"string\"},{\"name\":\"task\",\"type\":\"string\",\"doc\":\"embedding, extraction or classification.\"},{\"name\":\"policy\",\"type\":\"string\",\"doc\":\"deny, redact or allow (config/privacy/<tenant>.json).\"},{\"name\":\"consentReference\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"outcome\",\"type\":\"string\",\"doc\":\"sent, failed (sent, no usable answer) or withheld (nothing left).\"},{\"name\":\"reason\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"Why a call was withheld.\"},{\"name\":\"redactions\",\"type\":{\"type\":\"map\",\"values\":\"int\"},\"default\":{},\"doc\":\"Placeholders sent per type.\"}]}}}]}";
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
        /**
         * Each decision about a call to an external model endpoint behind the action: endpoint, the tenant's policy, consent reference, outcome, and redaction counts per type (never values).
         *
         * Default: []
         */
        egress: SluiceAuditV1.AuditEgress[];
    }
}
