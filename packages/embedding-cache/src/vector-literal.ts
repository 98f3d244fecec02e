import { fromSql, toSql } from 'pgvector';

/** pgvector's text form, `[0.1,0.2,...]`. */
export function toVectorLiteral(vector: readonly number[]): string {
  return toSql([...vector]) as string;
}

/**
 * pgvector stores float4 and prints the shortest text that round-trips it; rounding each value
 * back to float32 (`Math.fround`) returns exactly the numbers a float32 model produced, so a
 * cache hit equals the original miss bit for bit.
 */
export function fromVectorLiteral(text: string): number[] {
  return (fromSql(text) as number[]).map(Math.fround);
}
