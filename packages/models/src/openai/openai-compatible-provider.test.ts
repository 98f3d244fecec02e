import { afterEach, describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { manualClock } from '@sluice/testkit/manual-clock';
import { recordingModelMetrics } from '@sluice/testkit/model-doubles';
import type { ClassificationModel, ExtractedField, ExtractionModel, FieldTarget, ModelResult } from '../model-contracts';
import { createModelSet, type ModelSetDeps } from '../profiles/model-set';
import { defaultLocalModelCatalog, extendLocalModelCatalog } from '../profiles/local-model-catalog';
import { defaultPrivacyPolicy, privacyPolicies } from '../privacy/privacy-policy';
import { hashedEmbeddingModel } from '../simulator/hashed-embedding';
import { modelProfileSchema } from '../profiles/model-profile-schema';
import { startModelSimulator, type RunningSimulator } from '../simulator/model-simulator';
import type { SimulatorOptions } from '../simulator/simulator-options';

const running: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((simulator) => simulator.close()));
});

async function simulator(options: Partial<SimulatorOptions> = {}) {
  const started = await startModelSimulator({
    port: 0,
    extraction: fakeExtractionModel(),
    classification: fakeClassificationModel(),
    dimensions: 8,
    ...options,
  });
  running.push(started);
  return started;
}

function endpoint(url: string, extra: Record<string, unknown> = {}) {
  return {
    baseUrl: url,
    external: true,
    limits: { timeoutMs: 2_000 },
    retry: { maxAttempts: 3 },
    breaker: { windowSize: 10, minimumCalls: 4, failureRateThreshold: 0.5, openMs: 5_000 },
    ...extra,
  };
}

function link(endpointName: string, model: string) {
  return { provider: 'openai-compatible', endpoint: endpointName, model, dimensions: 8, prices: { inputPerMTokUsd: 1, outputPerMTokUsd: 2 } };
}

async function modelsFor(endpoints: Record<string, unknown>, chain: string[], deps: ModelSetDeps = {}) {
  const links = chain.map((name) => link(name, `${name}-model`));
  const profile = modelProfileSchema.parse({
    endpoints,
    tasks: { embedding: { chain: links }, extraction: { chain: links }, classification: { chain: links } },
  });
  return createModelSet(profile, { random: () => 0.5, ...deps });
}

const targets: FieldTarget[] = [
  { name: 'invoiceNumber', type: 'string', description: 'invoice number', required: true },
  { name: 'iban', type: 'iban', description: 'IBAN', required: false },
  { name: 'senderEmail', type: 'email', description: 'sender e-mail', required: false },
];
const request = { documentId: 'd1', tenant: 'acme', kind: 'invoice' as const, text: 'Invoice INV-7 from billing@acme.example' };

describe('openai-compatible provider: resilience against the simulator', () => {
  it('opens the breaker under failures, then half-opens after its delay and closes on a good probe', async () => {
    const sim = await simulator({ errorRate: 1 });
    const clock = manualClock();
    const models = await modelsFor({ sim: endpoint(sim.url, { retry: { maxAttempts: 1 } }) }, ['sim'], { clock });
    const breaker = models.endpoints.get('sim')?.guard.breaker;
    for (let i = 0; i < 4; i += 1) {
      await expect(models.embedding.embed(['x'])).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    }
    expect(breaker?.state).toBe('open');
    await expect(models.embedding.embed(['x'])).rejects.toMatchObject({ code: 'CIRCUIT_OPEN' });
    expect(sim.log.entries).toHaveLength(4); // the open circuit kept the 5th call home
    sim.faults.rates = { errorRate: 0, rateLimitRate: 0, hangRate: 0 };
    clock.advance(5_000);
    expect(breaker?.state).toBe('half-open');
    await expect(models.embedding.embed(['x'])).resolves.toMatchObject({ degraded: false });
    expect(breaker?.state).toBe('closed');
  });

  it('waits out a 429 with Retry-After: 2 and then succeeds', async () => {
    const sim = await simulator({ retryAfterSeconds: 2 });
    sim.faults.queue('rate-limit');
    const clock = manualClock();
    const models = await modelsFor({ sim: endpoint(sim.url) }, ['sim'], { clock });
    const result = await models.extraction.extract(request, targets);
    expect(result.value.find((f) => f.name === 'invoiceNumber')?.value).toBe('INV-7');
    expect(clock.sleeps).toEqual([2_000]);
    expect(sim.log.entries.map((e) => e.status)).toEqual([429, 200]);
  });

  it('retries a timeout, and classifies it as TIMEOUT once attempts run out', async () => {
    const sim = await simulator();
    const clock = manualClock();
    const models = await modelsFor({ sim: endpoint(sim.url, { limits: { timeoutMs: 150 }, breaker: { minimumCalls: 10 } }) }, ['sim'], { clock });
    sim.faults.queue('hang');
    await expect(models.classification.classify('an invoice', ['invoice', 'other'])).resolves.toMatchObject({
      value: { label: 'invoice' },
    });
    expect(sim.log.entries.map((e) => e.outcome)).toEqual(['hang', 'ok']);
    sim.faults.queue('hang', 'hang', 'hang');
    const error = await models.classification.classify('an invoice', ['invoice', 'other']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SluiceError);
    expect((error as SluiceError).code).toBe('TIMEOUT');
    expect(sim.log.entries.filter((e) => e.outcome === 'hang')).toHaveLength(4);
  });

  it('falls back to the next provider when the first is down, and marks the result degraded', async () => {
    const down = await simulator({ errorRate: 1 });
    const up = await simulator();
    const models = await modelsFor(
      { primary: endpoint(down.url, { retry: { maxAttempts: 2 } }), secondary: endpoint(up.url) },
      ['primary', 'secondary'],
      { clock: manualClock() },
    );
    const result = await models.extraction.extract(request, targets);
    expect(result.degraded).toBe(true);
    expect(result.model.model).toBe('secondary-model');
    expect(down.log.entries).toHaveLength(2);
  });

  it('falls back from json_schema to json_object on a server without structured outputs, once', async () => {
    const sim = await simulator({ supportsJsonSchema: false });
    const models = await modelsFor({ sim: endpoint(sim.url) }, ['sim'], { clock: manualClock() });
    await models.extraction.extract(request, targets);
    await models.extraction.extract(request, targets);
    const formats = sim.log.entries.map((e) => (JSON.parse(e.body) as { response_format: { type: string } }).response_format.type);
    expect(formats).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('reports requests, tokens and cost per provider and model', async () => {
    const sim = await simulator();
    sim.faults.queue('error');
    const recorded = recordingModelMetrics();
    const models = await modelsFor({ sim: endpoint(sim.url) }, ['sim'], { clock: manualClock(), metrics: recorded.metrics });
    const result = await models.extraction.extract(request, targets);
    expect(recorded.requests.map((r) => r.outcome)).toEqual(['UNAVAILABLE', 'ok']);
    expect(recorded.requests[0]).toMatchObject({ provider: 'openai-compatible', model: 'sim-model', task: 'extraction' });
    const { inputTokens, outputTokens, costUsd } = result.usage;
    expect(inputTokens).toBeGreaterThan(0);
    expect(costUsd).toBeCloseTo((inputTokens * 1 + outputTokens * 2) / 1e6, 12);
    expect(recorded.usage[0]?.costUsd).toBe(costUsd);
    expect(result.model.promptId).toBe('extract-fields@1');
    expect(result.model.promptHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('splits embeddings into requests within the endpoint limits and keeps the order', async () => {
    const sim = await simulator({ maxInputsPerRequest: 3, dimensions: 8 });
    const models = await modelsFor({ sim: endpoint(sim.url, { limits: { maxInputsPerRequest: 3 } }) }, ['sim'], { clock: manualClock() });
    const texts = Array.from({ length: 7 }, (_, i) => `text ${i}`);
    const batched = await models.embedding.embed(texts);
    expect(sim.log.entries.map((e) => e.inputs)).toEqual([3, 3, 1]);
    const one = await models.embedding.embed(['text 5']);
    expect(batched.value[5]).toEqual(one.value[0]);
  });
});

describe('openai-compatible provider: PII redaction for external endpoints', () => {
  const secrets = ['billing@acme-supplies.example', 'DE89 3704 0044 0532 0130 00', '+49 30 1234 5678', 'John Smith'];
  const text = `Invoice INV-2024-0042 from John Smith (billing@acme-supplies.example, +49 30 1234 5678).
Please pay to IBAN DE89 3704 0044 0532 0130 00.`;

  it('sends placeholders, never the values, and restores the values in the answer', async () => {
    const sim = await simulator();
    const models = await modelsFor({ sim: endpoint(sim.url) }, ['sim'], { clock: manualClock() });
    const result = await models.extraction.extract({ ...request, text }, targets);
    await models.classification.classify(text, ['invoice', 'other'], { tenant: 'acme' });
    await models.embedding.embed([text]);
    const sent = sim.log.entries.map((e) => e.body).join('\n');
    for (const secret of secrets) expect(sent).not.toContain(secret);
    expect(sent).toContain('[EMAIL_1]');
    const byName = Object.fromEntries(result.value.map((f) => [f.name, f.value]));
    expect(byName.senderEmail).toBe('billing@acme-supplies.example');
    expect(byName.iban).toBe('DE89370400440532013000');
    expect(result.redactions).toMatchObject({ EMAIL: 1, IBAN: 1, PHONE: 1, PERSON: 1 });
    expect(JSON.stringify(result.redactions)).not.toContain('acme');
  });

  const policies = privacyPolicies(defaultPrivacyPolicy, {
    trusted: { external: 'allow', consentReference: 'DPA-2026-017', description: '' },
    closed: { external: 'deny', consentReference: null, description: '' },
  });
  // The local fallback a withheld call takes, counted so the tests see it answer.
  const localCatalog = () => {
    const calls = { extraction: 0, embedding: 0 };
    const catalog = extendLocalModelCatalog(defaultLocalModelCatalog, {
      extraction: { 'rules-ner': () => ({ ...fakeExtractionModel(), extract: (...args) => ((calls.extraction += 1), fakeExtractionModel().extract(...args)) }) },
      embedding: { 'use-lite-512': () => ({ ...hashedEmbeddingModel(8), embed: (...args) => ((calls.embedding += 1), hashedEmbeddingModel(8).embed(...args)) }) },
    });
    return { calls, catalog };
  };

  it('sends clear text under an allow policy and records the consent reference with the call', async () => {
    const sim = await simulator();
    const models = await modelsFor({ sim: endpoint(sim.url) }, ['sim'], { clock: manualClock(), privacy: policies });
    const result = await models.extraction.extract({ ...request, tenant: 'trusted', text }, targets);
    expect(result.redactions).toEqual({});
    expect(sim.log.entries.every((e) => e.body.includes('billing@acme-supplies.example'))).toBe(true);
    expect(result.egress).toEqual([
      expect.objectContaining({ endpoint: 'sim', task: 'extraction', policy: 'allow', consentReference: 'DPA-2026-017', outcome: 'sent', reason: null }),
    ]);
  });

  it('sends nothing under a deny policy: the local model answers and the audit record says why', async () => {
    const sim = await simulator();
    const { calls, catalog } = localCatalog();
    const models = await modelsFor({ sim: endpoint(sim.url) }, ['sim'], { clock: manualClock(), privacy: policies, localModels: catalog });
    const result = await models.extraction.extract({ ...request, tenant: 'closed', text }, targets);
    const vectors = await models.embedding.embed([text], { tenant: 'closed' });
    expect(sim.log.entries).toEqual([]);
    expect(calls).toEqual({ extraction: 1, embedding: 1 });
    expect(result.value.find((f) => f.name === 'invoiceNumber')?.value).toBe('INV-2024-0042');
    expect(result.degraded).toBe(true); // never cached under the remote model's name
    expect(result.egress).toEqual([expect.objectContaining({ policy: 'deny', outcome: 'withheld', reason: 'policy deny' })]);
    expect(vectors.egress?.[0]).toMatchObject({ task: 'embedding', outcome: 'withheld' });
  });

  it('keeps a text in a script the recognisers do not cover from the endpoint under redact', async () => {
    const sim = await simulator();
    const { calls, catalog } = localCatalog();
    const models = await modelsFor({ sim: endpoint(sim.url) }, ['sim'], { clock: manualClock(), privacy: policies, localModels: catalog });
    const japanese = '請求書 INV-7\n氏名：渡辺 健二\n合計 12,000円';
    const result = await models.extraction.extract({ ...request, text: japanese }, targets);
    expect(sim.log.entries).toEqual([]);
    expect(calls.extraction).toBe(1);
    expect(result.egress).toEqual([expect.objectContaining({ policy: 'redact', outcome: 'withheld', reason: 'uncertain: uncovered script: Han' })]);
  });

  it('sends clear text to endpoints that are not external, and records no egress', async () => {
    const sim = await simulator();
    const internal = await modelsFor({ sim: endpoint(sim.url, { external: false }) }, ['sim'], { clock: manualClock(), privacy: policies });
    const result = await internal.embedding.embed([text], { tenant: 'closed' });
    expect(sim.log.entries.every((e) => e.body.includes('billing@acme-supplies.example'))).toBe(true);
    expect(result.egress).toBeUndefined();
  });

  it('hides inputs that are personal data as a whole, and records a failed call that had left', async () => {
    const sim = await simulator();
    const models = await modelsFor({ sim: endpoint(sim.url, { retry: { maxAttempts: 1 } }) }, ['sim'], { clock: manualClock() });
    const result = await models.embedding.embed(['aiko tanaka', 'acme supplies'], { tenant: 'acme', personalData: ['PERSON', undefined] });
    const sent = JSON.parse(sim.log.entries[0]?.body ?? '{}') as { input: string[] };
    expect(sent.input).toEqual(['[PERSON_1]', 'acme supplies']);
    expect(result.redactions).toEqual({ PERSON: 1 });
    sim.faults.queue('error');
    const error = await models.embedding.embed(['x'], { tenant: 'acme' }).then(
      () => undefined,
      (caught: unknown) => caught as SluiceError,
    );
    expect(error?.details.egress).toEqual([expect.objectContaining({ outcome: 'failed', policy: 'redact' })]);
  });
});

// Rule-based stand-ins the simulator answers with: these tests are about the HTTP adapter, not extraction.
/**
 * Small rule-based stand-ins for the local extractor and classifier, for tests that need an
 * ExtractionModel/ClassificationModel without loading the real local models.
 */
const zero = { inputTokens: 0, outputTokens: 0, latencyMs: 0, costUsd: 0 };
const patterns: Record<string, RegExp> = {
  invoiceNumber: /\b(INV-[\w-]+)/,
  iban: /\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b/,
  senderEmail: /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/,
  totalAmount: /total[^\d]*(\d+(?:\.\d+)?)/i,
  currency: /\b(EUR|USD|GBP|CHF)\b/,
};

function fakeExtractionModel(): ExtractionModel {
  const ref = { provider: 'local', model: 'fake-rules', version: '0', promptId: null, promptHash: null };
  return {
    ref,
    extract(request, targets: readonly FieldTarget[]): Promise<ModelResult<ExtractedField[]>> {
      const fields: ExtractedField[] = [];
      for (const target of targets) {
        const match = patterns[target.name]?.exec(request.text)?.[1];
        if (match) fields.push({ name: target.name, value: match.replace(/ /g, ''), confidence: 0.9 });
      }
      return Promise.resolve({
        value: fields,
        usage: { ...zero, characters: request.text.length },
        model: ref,
        degraded: false,
        redactions: {},
      });
    },
  };
}

function fakeClassificationModel(): ClassificationModel {
  const ref = { provider: 'local', model: 'fake-keywords', version: '0', promptId: null, promptHash: null };
  return {
    ref,
    classify(text, labels) {
      const label = labels.find((candidate) => text.toLowerCase().includes(candidate.toLowerCase())) ?? labels[0] ?? 'other';
      return Promise.resolve({
        value: { label, confidence: labels.includes(label) && text.toLowerCase().includes(label) ? 0.9 : 0.3 },
        usage: { ...zero, characters: text.length },
        model: ref,
        degraded: false,
        redactions: {},
      });
    },
  };
}

