import { appendFileSync } from 'node:fs';

export interface LoggedRequest {
  at: string;
  method: string;
  path: string;
  status: number;
  /** What the simulator did: `ok`, `error`, `rate-limited`, `hang`, `refused`. */
  outcome: string;
  model: string | null;
  /** Number of inputs of an embeddings request. */
  inputs: number | null;
  /** The request body exactly as received: what a provider would have seen. */
  body: string;
}

/** Every request the simulator received, in memory and optionally appended to a JSONL file. */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  constructor(private readonly file: string | null = null) {}

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.file) appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
  }

  clear(): void {
    this.entries.length = 0;
  }
}
