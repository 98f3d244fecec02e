import type { EffectTable } from './operation-effects';
import type { RecordedAnswers } from './recorded-answers';

/** A write a shadow did not make, and what it answered instead. */
export interface WithheldCall {
  operation: string;
  args: unknown[];
  answeredWith: 'recorded' | 'no-op';
}

export interface WithoutSideEffectsOptions {
  /** Answers captured from the real system; a matching call gets its recorded answer. */
  recorded?: RecordedAnswers;
  /** Every withheld write (log it, count it, report it). */
  onWithheld?: (call: WithheldCall) => void;
}

/**
 * The client a shadow pipeline uses: reads go to the real system (they change nothing there),
 * writes never leave the process; each is answered from `recorded` when that exact call was
 * recorded, else with the operation's declared no-op answer. Which is which comes from `effects`,
 * an `EffectTable` the compiler keeps complete.
 */
export function withoutSideEffects<Client extends object>(client: Client, effects: EffectTable<Client>, options: WithoutSideEffectsOptions = {}): Client {
  const wrapped: Record<string, unknown> = {};
  for (const operation of Object.keys(effects) as (keyof Client & string)[]) {
    const declared = effects[operation] as { effect: 'read' } | { effect: 'write'; noOpAnswer: (...args: unknown[]) => unknown };
    const real = client[operation] as (...args: unknown[]) => Promise<unknown>;
    if (declared.effect === 'read') {
      wrapped[operation] = (...args: unknown[]) => real.apply(client, args);
      continue;
    }
    wrapped[operation] = (...args: unknown[]) => {
      const recorded = options.recorded?.lookup(operation, args);
      const callArgs = args.filter((arg) => !(arg instanceof AbortSignal));
      if (recorded?.found) {
        options.onWithheld?.({ operation, args: callArgs, answeredWith: 'recorded' });
        return Promise.resolve(recorded.answer);
      }
      options.onWithheld?.({ operation, args: callArgs, answeredWith: 'no-op' });
      return Promise.resolve(declared.noOpAnswer(...args));
    };
  }
  return wrapped as Client;
}
