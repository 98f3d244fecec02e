import type { Evidence } from './confidence-calibration';

/** One proposed value for a field and the kind of evidence behind it. */
export interface FieldCandidate {
  name: string;
  value: string;
  evidence: Evidence;
}
