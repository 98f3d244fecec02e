// Generated from schemas/reviews.completed.v1.avsc, schemas/reviews.requested.v1.avsc by packages/contracts/scripts/generate-types.ts. Do not edit.
/* eslint-disable @typescript-eslint/no-namespace */

export type ReviewCompleted = SluiceReviewsV1.ReviewCompleted;

export type ReviewRequested = SluiceReviewsV1.ReviewRequested;

export namespace SluiceReviewsV1 {
    export const ReviewDecisionSchema = "{\"type\":\"enum\",\"name\":\"ReviewDecision\",\"symbols\":[\"ACCEPTED\",\"REJECTED\"]}";
    export const ReviewDecisionName = "sluice.reviews.v1.ReviewDecision";
    export type ReviewDecision = "ACCEPTED" | "REJECTED";
    export const FieldCorrectionSchema = "{\"type\":\"record\",\"name\":\"FieldCorrection\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"previousValue\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"The value before the correction (null: the field was added).\"}]}";
    export const FieldCorrectionName = "sluice.reviews.v1.FieldCorrection";
    export interface FieldCorrection {
        name: string;
        value: string;
        /**
         * The value before the correction (null: the field was added).
         *
         * Default: null
         */
        previousValue: null | string;
    }
    export const ReviewCompletedSchema = "{\"type\":\"record\",\"name\":\"ReviewCompleted\",\"namespace\":\"sluice.reviews.v1\",\"doc\":\"A person's decision on a review request: who, why, what they corrected. Key: the document id.\",\"fields\":[{\"name\":\"documentId\",\"type\":\"string\"},{\"name\":\"tenant\",\"type\":\"string\"},{\"name\":\"decision\",\"type\":{\"type\":\"enum\",\"name\":\"ReviewDecision\",\"symbols\":[\"ACCEPTED\",\"REJECTED\"]}},{\"name\":\"reviewer\",\"type\":\"string\",\"doc\":\"Who decided (user id or e-mail).\"},{\"name\":\"rationale\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"Why.\"},{\"name\":\"corrections\",\"doc\":\"Field values the reviewer set; they replace the extracted values.\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"FieldCorrection\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"previousValue\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"The value before the correction (null: the field was added).\"}]}},\"default\":[]},{\"name\":\"approvers\",\"doc\":\"Everyone who approved, in order (two under a four-eyes rule); empty for a rejection or an older producer.\",\"type\":{\"type\":\"array\",\"items\":\"string\"},\"default\":[]},{\"name\":\"completedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}}]}";
    export const ReviewCompletedName = "sluice.reviews.v1.ReviewCompleted";
    /**
     * A person's decision on a review request: who, why, what they corrected. Key: the document id.
     */
    export interface ReviewCompleted {
        documentId: string;
        tenant: string;
        decision: SluiceReviewsV1.ReviewDecision;
        /**
         * Who decided (user id or e-mail).
         */
        reviewer: string;
        /**
         * Why.
         *
         * Default: null
         */
        rationale: null | string;
        /**
         * Field values the reviewer set; they replace the extracted values.
         *
         * Default: []
         */
        corrections: SluiceReviewsV1.FieldCorrection[];
        /**
         * Everyone who approved, in order (two under a four-eyes rule); empty for a rejection or an older producer.
         *
         * Default: []
         */
        approvers: string[];
        completedAt: number;
    }
    export const ProposedDecisionSchema = "{\"type\":\"enum\",\"name\":\"ProposedDecision\",\"symbols\":[\"ACCEPTED\",\"REJECTED\"]}";
    export const ProposedDecisionName = "sluice.reviews.v1.ProposedDecision";
    export type ProposedDecision = "ACCEPTED" | "REJECTED";
    export const ReviewReasonSchema = "{\"type\":\"record\",\"name\":\"ReviewReason\",\"fields\":[{\"name\":\"rule\",\"type\":\"string\"},{\"name\":\"severity\",\"type\":\"string\"},{\"name\":\"message\",\"type\":\"string\"}]}";
    export const ReviewReasonName = "sluice.reviews.v1.ReviewReason";
    export interface ReviewReason {
        rule: string;
        severity: string;
        message: string;
    }
    export const TextSpanSchema = "{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}";
    export const TextSpanName = "sluice.reviews.v1.TextSpan";
    /**
     * Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.
     */
    export interface TextSpan {
        start: number;
        end: number;
    }
    export const ReviewFieldSchema = "{\"type\":\"record\",\"name\":\"ReviewField\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}";
    export const ReviewFieldName = "sluice.reviews.v1.ReviewField";
    export interface ReviewField {
        name: string;
        value: string;
        confidence: number;
        /**
         * Source span of the value; null when computed, classified or unknown.
         *
         * Default: null
         */
        span: null | SluiceReviewsV1.TextSpan;
    }
    export const ReviewMatchSchema = "{\"type\":\"record\",\"name\":\"ReviewMatch\",\"fields\":[{\"name\":\"entityType\",\"type\":\"string\"},{\"name\":\"refId\",\"type\":\"string\"},{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"score\",\"type\":\"double\"}]}";
    export const ReviewMatchName = "sluice.reviews.v1.ReviewMatch";
    export interface ReviewMatch {
        entityType: string;
        refId: string;
        name: string;
        score: number;
    }
    export const ReviewRequestedSchema = "{\"type\":\"record\",\"name\":\"ReviewRequested\",\"namespace\":\"sluice.reviews.v1\",\"doc\":\"A document the validator could not decide alone. Key: the document id.\",\"fields\":[{\"name\":\"documentId\",\"type\":\"string\"},{\"name\":\"tenant\",\"type\":\"string\"},{\"name\":\"kind\",\"type\":\"string\"},{\"name\":\"proposedDecision\",\"type\":{\"type\":\"enum\",\"name\":\"ProposedDecision\",\"symbols\":[\"ACCEPTED\",\"REJECTED\"]},\"doc\":\"What the policy would decide without a person.\"},{\"name\":\"reasons\",\"doc\":\"The rule findings that call for a person.\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"ReviewReason\",\"fields\":[{\"name\":\"rule\",\"type\":\"string\"},{\"name\":\"severity\",\"type\":\"string\"},{\"name\":\"message\",\"type\":\"string\"}]}}},{\"name\":\"fields\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"ReviewField\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"value\",\"type\":\"string\"},{\"name\":\"confidence\",\"type\":\"double\"},{\"name\":\"span\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"TextSpan\",\"doc\":\"Where the value was read: [start, end) offsets into the ingested text in UTF-16 code units.\",\"fields\":[{\"name\":\"start\",\"type\":\"int\"},{\"name\":\"end\",\"type\":\"int\"}]}],\"default\":null,\"doc\":\"Source span of the value; null when computed, classified or unknown.\"}]}}},{\"name\":\"matches\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"ReviewMatch\",\"fields\":[{\"name\":\"entityType\",\"type\":\"string\"},{\"name\":\"refId\",\"type\":\"string\"},{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"score\",\"type\":\"double\"}]}}},{\"name\":\"requestedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}}]}";
    export const ReviewRequestedName = "sluice.reviews.v1.ReviewRequested";
    /**
     * A document the validator could not decide alone. Key: the document id.
     */
    export interface ReviewRequested {
        documentId: string;
        tenant: string;
        kind: string;
        /**
         * What the policy would decide without a person.
         */
        proposedDecision: SluiceReviewsV1.ProposedDecision;
        /**
         * The rule findings that call for a person.
         */
        reasons: SluiceReviewsV1.ReviewReason[];
        fields: SluiceReviewsV1.ReviewField[];
        matches: SluiceReviewsV1.ReviewMatch[];
        requestedAt: number;
    }
}
