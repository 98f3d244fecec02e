// Generated from schemas/reviews.completed.v1.avsc by packages/contracts/scripts/generate-types.ts. Do not edit.
/* eslint-disable @typescript-eslint/no-namespace */

export type ReviewCompleted = SluiceReviewsV1.ReviewCompleted;

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
}

