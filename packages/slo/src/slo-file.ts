import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { SluiceError } from '@sluice/errors';

// A Prometheus series selector: metric name and optional {label matchers}.
const seriesSelector = z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})?$/, 'a metric name with optional {label="value"} matchers');
const duration = z.string().regex(/^\d+[smhdw]$/, 'a Prometheus duration such as 1h');

const base = {
  name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'kebab-case'),
  description: z.string().min(1),
};

/** Good/bad events from two counters: the SLI is 1 − errors/total. */
const eventsSlo = z.object({
  ...base,
  objective: z.number().gt(0).lt(1),
  events: z.object({ errors: seriesSelector, total: seriesSelector }).strict(),
}).strict();

/** A latency histogram: good events are those in the bucket `le = thresholdSeconds` (must be a bucket bound). */
const latencySlo = z.object({
  ...base,
  objective: z.number().gt(0).lt(1),
  latency: z.object({ histogram: z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/), selector: z.string().default(''), thresholdSeconds: z.number().positive() }).strict(),
}).strict();

/** A ratio that must stay under a ceiling (e.g. cost per document): no error budget, one alert. */
const ceilingSlo = z.object({
  ...base,
  ceiling: z.object({ numerator: seriesSelector, denominator: seriesSelector, max: z.number().positive(), window: duration }).strict(),
}).strict();

export const sloFileSchema = z.object({
  deployment: z.string().regex(/^[a-z][a-z0-9-]*$/),
  slos: z.array(z.union([eventsSlo, latencySlo, ceilingSlo])).min(1),
}).strict();

export type SloFile = z.infer<typeof sloFileSchema>;
export type Slo = SloFile['slos'][number];

/** Parses and checks an SLO file (YAML or JSON); every problem is named by its path. */
export function parseSloFile(text: string, origin = 'SLO file'): SloFile {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new SluiceError('CONFIG', `${origin} is not YAML: ${(error as Error).message}`, { cause: error });
  }
  const parsed = sloFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new SluiceError('CONFIG', `${origin} is invalid:\n${lines.join('\n')}`);
  }
  const names = parsed.data.slos.map((slo) => slo.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw new SluiceError('CONFIG', `${origin}: SLO ${repeated} is defined twice`);
  return parsed.data;
}

export async function readSloFile(path: string): Promise<SloFile> {
  return parseSloFile(await readFile(path, 'utf8'), path);
}
