import type { Evidence } from './confidence-calibration';

/** Where a value was read: character offsets [start, end) into the text (UTF-16 code units). */
export interface TextSpan {
  start: number;
  end: number;
}

/** One proposed value for a field, the kind of evidence behind it and the text it came from. */
export interface FieldCandidate {
  name: string;
  value: string;
  evidence: Evidence;
  /**
   * Offsets into the reading text (document-text.ts maps them back); null when the value was
   * computed or classified rather than read. Left out: the model looks the value up in the text.
   */
  span?: TextSpan | null;
}
