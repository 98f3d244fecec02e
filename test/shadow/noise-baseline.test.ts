import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { discoverServices, publishDocuments, superviseServices } from '@sluice/cli';
import { baselinePrefix, shadowPrefix } from '@sluice/config';
import { ensureTopics, planTopics, type DocumentIngested } from '@sluice/contracts';
import { repoRoot } from '@sluice/local-stack';
import { defaultLocalModelCatalog, startModelSimulator } from '@sluice/models';
import { generateDocuments } from '@sluice/samples';
import { deleteShadow, type ComparisonReport } from '@sluice/shadow';
import { integrationStack, kafkaPgTest as test, uniqueName } from '@sluice/testkit';
import { decidedIds, runCli, startCli, until, type RunningCli } from './shadow-test-io';

const COUNT = 100;
// A free-text field no rule reads: an enum field read wrongly is refused by the router and read
// again by the next model of the chain, which would hide the noise.
const NOISY_FIELD = 'invoiceNumber';
// Two draws of a field read differently with probability p disagree with probability 2p(1 - p): 0.42 here.
const NOISE_RATE = 0.3;
const PIPELINE = ['extractor', 'embedder', 'enricher', 'validator'];

/**
 * A candidate prompt set whose change does not touch the noisy field: one more instruction, a new
 * version. Its requests differ from production's, so the simulator draws the candidate's noise
 * independently, and the baseline is the only lane asking production's requests again: every
 * figure below is determined by the seed, whatever order the lanes run in.
 */
function candidatePrompts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-prompts-'));
  cpSync(join(repoRoot, 'packages', 'models', 'prompts'), dir, { recursive: true });
  const file = join(dir, 'extract-fields.md');
  const prompt = readFileSync(file, 'utf8');
  expect(prompt).toContain('version: 1\n');
  writeFileSync(file, prompt.replace('version: 1\n', 'version: 2\n').replace('\n# user', '- Read the due date from the payment terms when no date is printed.\n\n# user'));
  return dir;
}

/**
 * The noise baseline, on the model path: the model simulator answers the invoices' `invoiceNumber`
 * non-deterministically (as a sampling model would), production and both lanes of a shadow started
 * with `--baseline` extract through it. The baseline lane (production's configuration again) shows
 * the field's noise; the candidate, whose change does not touch the field, disagrees with production
 * on it about as much, and its noise-adjusted disagreement is near zero, so a gate on the field
 * passes where the raw rate would fail it.
 */
describe('noise baseline', () => {
  test('a non-deterministic field: the baseline measures its noise, the candidate adjusted is near zero', async ({ kafka, admin, prefix, serde, pool }) => {
    const extraction = await defaultLocalModelCatalog.extraction['rules-ner']!();
    const classification = await defaultLocalModelCatalog.classification['keyword-classifier']!();
    const simulator = await startModelSimulator({ port: 0, extraction, classification, noise: { field: NOISY_FIELD, rate: NOISE_RATE, seed: 11 } });
    const tenant = uniqueName('noise');
    const documents = generateDocuments({ seed: 2028, count: COUNT, split: 'dev', tenant, mix: { invoice: 1, email: 0, ticket: 0 }, errorRate: 0, duplicateRate: 0 }).map((entry) => entry.document as DocumentIngested);
    const { databaseUrl, kafkaBrokers, schemaRegistryUrl } = integrationStack();
    const env = {
      ...process.env,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      SCHEMA_REGISTRY_URL: schemaRegistryUrl,
      DATABASE_URL: databaseUrl,
      SLUICE_TOPIC_PREFIX: prefix,
      MODEL_PROFILE: 'simulator',
      SIMULATOR_BASE_URL: simulator.url,
      HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
    };
    const name = uniqueName('noise');
    const promptsDir = candidatePrompts();
    let shadow: RunningCli | undefined;
    const logs: string[] = [];
    try {
      // Production: the pipeline's four stages decide every invoice, then stop.
      await ensureTopics(admin, planTopics(prefix));
      const services = discoverServices(join(repoRoot, 'services')).filter((service) => PIPELINE.includes(service.name));
      const production = superviseServices(services, { env, write: (text) => logs.push(text) });
      const from = Date.now();
      try {
        await publishDocuments(kafka, serde, documents);
        await until('production to decide every invoice', async () => (await decidedIds(kafka, admin, prefix)).size === COUNT, 600_000, () => logs.join(''));
      } finally {
        await production.stop();
      }
      const to = Date.now();
      console.log(`production decided ${COUNT} invoices in ${((to - from) / 1000).toFixed(0)} s`);

      // Replay first, then the shadow with its baseline lane (seeded from the candidate's records).
      const cliEnv = { SLUICE_TOPIC_PREFIX: prefix, MODEL_PROFILE: 'simulator', SIMULATOR_BASE_URL: simulator.url };
      const replay = await runCli(['replay', '--topic', 'documents.ingested.v1', '--from', `@${from}`, '--to', `@${to}`, '--shadow', name, '--json'], cliEnv);
      expect(replay.code, replay.stderr).toBe(0);
      expect(JSON.parse(replay.stdout)).toMatchObject({ copied: COUNT });
      shadow = startCli(['shadow', 'up', name, '--profile', 'simulator', '--prompts', promptsDir, '--baseline', '--services', PIPELINE.join(',')], cliEnv);
      for (const lane of [shadowPrefix(name), baselinePrefix(name)]) {
        await until(`lane ${lane} to decide every invoice`, async () => (await decidedIds(kafka, admin, lane)).size === COUNT, 600_000, () => shadow!.output());
      }
      await shadow.stop();
      console.log(`both shadow lanes decided them ${((Date.now() - to) / 1000).toFixed(0)} s after`);

      const compared = await runCli(['compare', '--shadow', name, '--json'], cliEnv);
      expect(compared.code, compared.stderr).toBe(0);
      const [section] = (JSON.parse(compared.stdout) as ComparisonReport).sections;
      expect(section!.noise.measured).toBe(true);
      expect(section!.comparison.joined).toBe(COUNT);
      expect(section!.baseline!.joined).toBe(COUNT);
      const noisy = section!.noise.fields.find((field) => field.field === NOISY_FIELD)!;
      // The baseline measures the field's noise (expected 2p(1-p) = 0.42 of the documents that have it).
      expect(noisy.noise).toBeGreaterThan(0.2);
      expect(noisy.noise).toBeLessThan(0.65);
      expect(noisy.raw).toBeGreaterThan(0.2);
      // What is left after the noise: near zero.
      expect(noisy.adjusted).toBeLessThan(0.15);
      // Every other field and the decision: no noise, no disagreement.
      for (const field of section!.noise.fields.filter((entry) => entry.field !== NOISY_FIELD)) expect(field, field.field).toMatchObject({ raw: 0, noise: 0 });
      // The candidate's disagreements on the field are marked as seen in the baseline too, where they are.
      const marked = section!.disagreements.filter((entry) => entry.fieldsAlsoInBaseline.includes(NOISY_FIELD)).length;
      expect(marked).toBeGreaterThan(0);
      expect(section!.disagreements.every((entry) => entry.differences.every((difference) => difference.field === NOISY_FIELD))).toBe(true);

      // A gate on the field: the raw rate is past 20 %, the noise-adjusted one is not.
      expect(noisy.raw).toBeGreaterThan(0.2);
      const gated = await runCli(['compare', '--shadow', name, '--max-disagreement', `${NOISY_FIELD}=20%`], cliEnv);
      expect(gated.code, gated.stderr).toBe(0);
    } finally {
      await shadow?.stop();
      await deleteShadow({ admin, pool, registryUrl: schemaRegistryUrl }, name);
      await simulator.close();
      rmSync(promptsDir, { recursive: true, force: true });
    }
  }, 900_000);
});
