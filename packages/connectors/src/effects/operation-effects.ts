/**
 * What calling a connector operation does outside Sluice. Reads only look; writes change the other
 * system (post a payment, open a ticket, send a mail), so a shadow pipeline must never make them.
 */
export type OperationEffect<Args extends unknown[], Answer> =
  | { effect: 'read' }
  | {
      effect: 'write';
      /** The answer a shadow gets instead of the call when no recorded answer matches (e.g. `{ accepted: true }`). */
      noOpAnswer: (...args: Args) => Answer;
    };

/**
 * One entry per operation of a connector client interface, checked by the compiler: a client that
 * gains a method does not compile until the method's effect is declared here.
 */
export type EffectTable<Client> = {
  [Operation in keyof Client]-?: Client[Operation] extends (...args: infer Args) => Promise<infer Answer> ? OperationEffect<Args, Answer> : never;
};
