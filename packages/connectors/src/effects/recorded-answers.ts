import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SluiceError } from '@sluice/errors';

/** One answer a connector operation gave, for a shadow to give again instead of calling. */
export interface RecordedAnswer {
  operation: string;
  /** The call's arguments, without its AbortSignal. */
  args: unknown[];
  answer: unknown;
}

const lineSchema = z.object({ operation: z.string().min(1), args: z.array(z.unknown()), answer: z.unknown() });

/** Key of a call: operation and arguments as JSON, AbortSignals left out (they are not part of the call). */
export function callKey(operation: string, args: readonly unknown[]): string {
  return `${operation}\u0000${JSON.stringify(args.filter((arg) => !(arg instanceof AbortSignal)))}`;
}

/** Answers looked up by operation and arguments; the last recording of a call wins. */
export class RecordedAnswers {
  private readonly byCall = new Map<string, unknown>();

  constructor(answers: readonly RecordedAnswer[] = []) {
    for (const answer of answers) this.byCall.set(callKey(answer.operation, answer.args), answer.answer);
  }

  /** `{ found: true, answer }` when this exact call was recorded. */
  lookup(operation: string, args: readonly unknown[]): { found: true; answer: unknown } | { found: false } {
    const key = callKey(operation, args);
    return this.byCall.has(key) ? { found: true, answer: this.byCall.get(key) } : { found: false };
  }

  get size(): number {
    return this.byCall.size;
  }

  /** Reads `{ "operation", "args": [...], "answer" }` JSON lines; every bad line is named at once (CONFIG). */
  static fromJsonLines(file: string): RecordedAnswers {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new SluiceError('CONFIG', `recorded connector answers: cannot read ${file}`, { cause: error });
    }
    const problems: string[] = [];
    const answers: RecordedAnswer[] = [];
    text.split('\n').forEach((line, index) => {
      if (!line.trim()) return;
      try {
        const parsed = lineSchema.safeParse(JSON.parse(line));
        if (parsed.success) answers.push(parsed.data);
        else problems.push(`${file}:${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(line)'} ${issue.message}`).join('; ')}`);
      } catch (error) {
        problems.push(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
      }
    });
    if (problems.length > 0) throw new SluiceError('CONFIG', `recorded connector answers:\n  ${problems.join('\n  ')}`);
    return new RecordedAnswers(answers);
  }
}
