import { z } from 'zod';
import { malformedTextProblem, receivedAtProblem } from './ingest-checks';

/**
 * The zod pieces both doors (`sluice publish`, the gateway) build their document schema from, so the
 * ingest checks in ingest-checks.ts are applied one way.
 */

/** A string with a UTF-8 form (every surrogate paired); issue 12, input 2. */
export function wellFormedText() {
  return z.string().superRefine((value, ctx) => {
    const problem = malformedTextProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** `receivedAt` as epoch milliseconds or an ISO 8601 date with offset → epoch ms, refused when implausible
 * (seconds or microseconds given, far future; see receivedAtProblem). */
export function receivedAtInput() {
  return z
    .union([z.number().int(), z.iso.datetime({ offset: true }).transform((iso) => Date.parse(iso))])
    .superRefine((value, ctx) => {
      const problem = receivedAtProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}
