/**
 * A generated record type whose listed fields were added later with a default (Avro schema
 * evolution): producers may leave them out — avsc writes the schema's default for an undefined
 * field — and every decoded record has them. Keeps the older producers compiling without
 * pretending the fields are absent on the wire.
 */
export type WithDefaultedFields<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
