import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SluiceError } from '@sluice/errors';
import type { ErpVendorSeed } from './erp-records';

/** One line of a reference `vendors.jsonl` as the ERP simulator reads it; other keys are ignored. */
const vendorLineSchema = z
  .object({
    id: z.string().min(1),
    canonicalName: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    iban: z.string().nullish(),
    vatId: z.string().nullish(),
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
  })
  .refine((line) => line.canonicalName ?? line.name, { message: 'needs "canonicalName" or "name"' });

/**
 * Reads ERP vendor seeds from a reference `vendors.jsonl` (the file `sluice reference load` takes).
 * @throws SluiceError CONFIG naming the file and line of the first invalid line.
 */
export async function readErpVendorSeeds(file: string): Promise<ErpVendorSeed[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const seeds: ErpVendorSeed[] = [];
  for (const [index, text] of lines.entries()) {
    if (!text.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new SluiceError('CONFIG', `${file}:${index + 1}: not JSON`, { cause });
    }
    const parsed = vendorLineSchema.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ');
      throw new SluiceError('CONFIG', `${file}:${index + 1}: ${problems}`);
    }
    const line = parsed.data;
    seeds.push({ id: line.id, name: (line.canonicalName ?? line.name)!, iban: line.iban ?? null, vatId: line.vatId ?? null, country: line.country, currency: line.currency });
  }
  return seeds;
}
