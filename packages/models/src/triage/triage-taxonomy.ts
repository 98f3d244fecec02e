import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * A tenant's e-mail triage taxonomy (`config/triage/<tenant>.json`): the intents a message may
 * have, each with a description (what a person or a remote model reads), a few example messages
 * (the local classifier's nearest neighbours) and optional cue terms in any language (the local
 * classifier's lexicon: `strong` phrases rarely seen outside the intent, `weak` words that lean
 * towards it); the intent for everything else; and the urgency rules (cue terms for `high` and
 * `low`, `normal` otherwise).
 */
const termsSchema = z
  .object({
    strong: z.array(z.string().min(2)).default([]),
    weak: z.array(z.string().min(2)).default([]),
  })
  .strict();

const intentSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'intent names are snake_case'),
    description: z.string().min(10),
    examples: z.array(z.string().min(10)).min(1),
    terms: termsSchema.default({ strong: [], weak: [] }),
    /**
     * Intents this one gives way to when one of them has a strong cue of its own: a complaint that
     * asks for a cancellation is a cancellation ("without a specific request" in its description).
     */
    yieldsTo: z.array(z.string()).default([]),
  })
  .strict();

export const triageTaxonomySchema = z
  .object({
    $comment: z.string().optional(),
    intents: z.array(intentSchema).min(2),
    /** The intent for messages no other intent fits; must be one of `intents`. */
    fallback: z.string().default('other'),
    urgency: z
      .object({
        high: termsSchema,
        low: termsSchema,
      })
      .strict(),
  })
  .strict()
  .superRefine((taxonomy, ctx) => {
    const names = taxonomy.intents.map((i) => i.name);
    if (!names.includes(taxonomy.fallback)) ctx.addIssue({ code: 'custom', path: ['fallback'], message: `"${taxonomy.fallback}" is not one of the intents` });
    for (const [i, intent] of taxonomy.intents.entries()) {
      const unknown = intent.yieldsTo.filter((name) => !names.includes(name) || name === intent.name);
      if (unknown.length > 0) ctx.addIssue({ code: 'custom', path: ['intents', i, 'yieldsTo'], message: `not other intents of this taxonomy: ${unknown.join(', ')}` });
    }
    const repeated = names.filter((n, i) => names.indexOf(n) !== i);
    if (repeated.length > 0) ctx.addIssue({ code: 'custom', path: ['intents'], message: `intents named twice: ${repeated.join(', ')}` });
  });

export type TriageTaxonomyInput = z.input<typeof triageTaxonomySchema>;
export type TriageTaxonomy = z.output<typeof triageTaxonomySchema> & {
  /** `default` or the tenant whose file it is. */
  readonly id: string;
  /** sha256 of the file's canonical JSON, first 16 hex digits: which taxonomy version classified. */
  readonly hash: string;
};
export type TriageIntent = TriageTaxonomy['intents'][number];

/** A parsed taxonomy with its id and content hash. */
export function triageTaxonomy(id: string, parsed: z.output<typeof triageTaxonomySchema>): TriageTaxonomy {
  return { ...parsed, id, hash: createHash('sha256').update(JSON.stringify(parsed)).digest('hex').slice(0, 16) };
}

/** The taxonomies of every tenant: its own file's, else the default. */
export interface TriageTaxonomies {
  readonly defaults: TriageTaxonomy;
  for(tenant: string): TriageTaxonomy;
}

export function triageTaxonomies(defaults: TriageTaxonomy, tenants: Readonly<Record<string, TriageTaxonomy>> = {}): TriageTaxonomies {
  return { defaults, for: (tenant) => tenants[tenant] ?? defaults };
}
