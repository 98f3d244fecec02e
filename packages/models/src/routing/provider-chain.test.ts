import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import type { ExtractedField, ExtractionModel, FieldTarget } from '../model-contracts';
import { extractionRouter } from './model-routers';
import type { ChainStep } from './provider-chain';

const targets: FieldTarget[] = [
  { name: 'invoiceNumber', type: 'string', description: '', required: true },
  { name: 'total', type: 'amount', description: '', required: true },
];
const request = { documentId: 'd', tenant: 't', kind: 'invoice' as const, text: 'x' };

function model(name: string, answer: ExtractedField[] | SluiceError, costUsd = 0.01): ExtractionModel & { calls: number } {
  const ref = { provider: 'test', model: name, version: '1', promptId: null, promptHash: null };
  const fake = {
    ref,
    calls: 0,
    extract() {
      fake.calls += 1;
      if (answer instanceof SluiceError) return Promise.reject(answer);
      return Promise.resolve({
        value: answer,
        usage: { inputTokens: 10, outputTokens: 5, characters: 1, latencyMs: 1, costUsd },
        model: ref,
        degraded: false,
        redactions: { EMAIL: 1 },
      });
    },
  };
  return fake;
}

const sure = [
  { name: 'invoiceNumber', value: 'A', confidence: 0.95 },
  { name: 'total', value: '1', confidence: 0.9 },
];
const doubtful = [{ name: 'invoiceNumber', value: 'B', confidence: 0.6 }]; // total missing: min 0

describe('extraction router', () => {
  const escalation = { minMeanConfidence: 0.75, minFieldConfidence: 0.5 };

  it('stops at the cheap model when it is confident', async () => {
    const cheap = model('cheap', sure);
    const large = model('large', sure);
    const result = await extractionRouter([cheap, large], escalation).extract(request, targets);
    expect(result.model.model).toBe('cheap');
    expect(large.calls).toBe(0);
  });

  it('escalates a doubtful answer and adds up the usage of both calls', async () => {
    const steps: ChainStep[] = [];
    const result = await extractionRouter([model('cheap', doubtful), model('large', sure, 0.1)], escalation, (s) => steps.push(s)).extract(
      request,
      targets,
    );
    expect(result.model.model).toBe('large');
    expect(result.degraded).toBe(false);
    expect(result.usage.costUsd).toBeCloseTo(0.11);
    expect(result.usage.inputTokens).toBe(20);
    expect(result.redactions).toEqual({ EMAIL: 2 });
    expect(steps.map((s) => s.outcome)).toEqual(['escalated', 'accepted']);
  });

  it('falls back past an unavailable or nonsensical model, marking the result degraded', async () => {
    for (const error of [new SluiceError('CIRCUIT_OPEN', 'open'), new SluiceError('INVALID_MODEL_OUTPUT', 'junk')]) {
      const result = await extractionRouter([model('first', error), model('second', sure)], escalation).extract(request, targets);
      expect(result.model.model).toBe('second');
      expect(result.degraded).toBe(true);
    }
  });

  it('keeps a doubtful answer, degraded, when the model it escalates to is down', async () => {
    const result = await extractionRouter([model('cheap', doubtful), model('large', new SluiceError('UNAVAILABLE', '503'))], escalation).extract(
      request,
      targets,
    );
    expect(result.model.model).toBe('cheap');
    expect(result.degraded).toBe(true);
  });

  it('does not hide a configuration error behind a fallback', async () => {
    const second = model('second', sure);
    await expect(
      extractionRouter([model('first', new SluiceError('CONFIG', '401')), second], escalation).extract(request, targets),
    ).rejects.toMatchObject({ code: 'CONFIG' });
    expect(second.calls).toBe(0);
  });

  it('throws the last error when every link fails', async () => {
    await expect(
      extractionRouter([model('a', new SluiceError('UNAVAILABLE', 'a')), model('b', new SluiceError('TIMEOUT', 'b'))], escalation).extract(
        request,
        targets,
      ),
    ).rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});

describe('extraction router checks every answer against the targets', () => {
  const escalation = { minMeanConfidence: 0.75, minFieldConfidence: 0.5 };
  const misfit = [
    { name: 'invoiceNumber', value: 'A', confidence: 0.95 },
    { name: 'total', value: '1.234,50', confidence: 0.9 },
  ];

  it('escalates a confident answer that does not fit, from a local model too', async () => {
    const steps: ChainStep[] = [];
    const local = { ...model('local-rules', misfit), ref: { provider: 'local', model: 'local-rules', version: '1', promptId: null, promptHash: null } };
    const large = model('large', sure);
    const result = await extractionRouter([local, large], escalation, (s) => steps.push(s)).extract(request, targets);
    expect(result.model.model).toBe('large');
    expect(result.value).toEqual(sure);
    expect(steps).toEqual([
      { model: 'local-rules', outcome: 'failed', code: 'INVALID_MODEL_OUTPUT' },
      { model: 'large', outcome: 'accepted' },
    ]);
  });

  it('throws INVALID_MODEL_OUTPUT naming the problems when the last link answers a misfit', async () => {
    const only = extractionRouter([model('only', misfit)], escalation);
    const error = await only.extract(request, targets).then(
      () => undefined,
      (caught: unknown) => caught as SluiceError,
    );
    expect(error).toBeInstanceOf(SluiceError);
    expect(error?.code).toBe('INVALID_MODEL_OUTPUT');
    expect(error?.retryable).toBe(false);
    expect(error?.message).toContain('total: "1.234,50" is not a normalised amount');
    expect(error?.details.problems).toEqual(['total: "1.234,50" is not a normalised amount']);

    await expect(
      extractionRouter([model('cheap', misfit), model('large', [{ name: 'vendor', value: 'x', confidence: 0.9 }])], escalation).extract(request, targets),
    ).rejects.toThrow(/test\/large: .*unknown field vendor/);
  });

  it('keeps an earlier doubtful answer that fits, degraded, when the link it escalated to answers a misfit', async () => {
    const result = await extractionRouter([model('cheap', doubtful), model('large', misfit)], escalation).extract(request, targets);
    expect(result.model.model).toBe('cheap');
    expect(result.value).toEqual(doubtful);
    expect(result.degraded).toBe(true);
  });
});

describe('a chain whose calls the privacy policy withholds', () => {
  const withheld = (name: string): ExtractionModel => {
    const ref = { provider: 'openai-compatible', model: name, version: '1', promptId: null, promptHash: null };
    const record = { callId: name, endpoint: name, task: 'extraction' as const, policy: 'deny' as const, consentReference: null, outcome: 'withheld' as const, reason: 'policy deny', redactions: {} };
    return { ref, extract: () => Promise.reject(new SluiceError('WITHHELD', 'policy deny', { details: { egress: [record] } })) };
  };
  const escalation = { minMeanConfidence: 0.75, minFieldConfidence: 0.5 };

  it('falls through to the local fallback, keeping every withheld decision for the audit', async () => {
    const local = model('local-rules', sure);
    const result = await extractionRouter([withheld('small'), withheld('large')], escalation, undefined, () => Promise.resolve(local)).extract(request, targets);
    expect(result.model.model).toBe('local-rules');
    expect(result.degraded).toBe(true);
    expect(result.egress?.map((record) => record.endpoint)).toEqual(['small', 'large']);
  });

  it('uses no fallback when a link failed for another reason: that failure is thrown', async () => {
    const local = model('local-rules', sure);
    await expect(
      extractionRouter([withheld('small'), model('large', new SluiceError('UNAVAILABLE', '503'))], escalation, undefined, () => Promise.resolve(local)).extract(request, targets),
    ).rejects.toMatchObject({ code: 'UNAVAILABLE', details: {} });
    expect(local.calls).toBe(0);
  });
});
