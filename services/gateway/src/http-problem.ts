import type { Response } from 'express';
import { SluiceError, type ErrorCode } from '@sluice/errors';
import type { RequestProblem } from './document-request';

function errorCodeFor(status: number): ErrorCode {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'UNAVAILABLE';
  if (status >= 500) return 'INTERNAL';
  return 'REJECTED';
}

/**
 * A request the gateway answers with an error: the HTTP status, a stable kebab-case `reason`
 * clients can switch on, a message, the fields at fault and any headers (Retry-After,
 * WWW-Authenticate). A SluiceError like every other failure, with the matching code.
 */
export class HttpProblem extends SluiceError {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly problems?: RequestProblem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errorCodeFor(status), message, { details: { status, reason } });
  }
}

/** Every error the gateway answers has this one JSON shape: `{ error: { status, code, message, problems? } }`. */
export function sendProblem(res: Response, problem: HttpProblem): void {
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
  res.status(problem.status).json({
    error: { status: problem.status, code: problem.reason, message: problem.message, ...(problem.problems ? { problems: problem.problems } : {}) },
  });
}
