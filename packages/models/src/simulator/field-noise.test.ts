import { afterEach, describe, expect, it } from 'vitest';
import type { ExtractedField, ExtractionModel } from '../model-contracts';
import { emailTargets } from '../extraction-targets';
import { fieldsBlock } from '../prompts/prompt-blocks';
import { alternativeReading, FieldNoise } from './field-noise';
import { startModelSimulator, type RunningSimulator } from './model-simulator';

describe('alternativeReading', () => {
  it.each([
    ['1234.50', '1234.51'],
    ['0.09', '0.10'],
    ['-0.01', '0.00'],
    ['41', '42'],
    ['2025-02-28', '2025-03-01'],
    ['Anna Schmidt', 'Anna Schmid'],
    ['A', 'Ax'],
  ])('%s → %s', (value, alternative) => {
    expect(alternativeReading(value)).toBe(alternative);
  });
});

const fields = (sender: string): ExtractedField[] => [
  { name: 'senderName', value: sender, confidence: 0.9 },
  { name: 'urgency', value: 'high', confidence: 0.8 },
];

describe('FieldNoise', () => {
  it('reads the one field differently in about `rate` of the answers and leaves the others alone', () => {
    const noise = new FieldNoise({ field: 'senderName', rate: 0.3, seed: 1 });
    const answers = Array.from({ length: 2_000 }, (_, i) => noise.apply(fields(`Sender ${i}`), `request ${i}`));
    const changed = answers.flatMap((answer, i) => (answer[0]!.value === `Sender ${i}` ? [] : [[answer[0]!.value, alternativeReading(`Sender ${i}`)]]));
    expect(changed.length / answers.length).toBeGreaterThan(0.26);
    expect(changed.length / answers.length).toBeLessThan(0.34);
    for (const [value, alternative] of changed) expect(value).toBe(alternative);
    expect(answers.every((answer) => answer[1]!.value === 'high')).toBe(true);
  });

  it('draws again for the same request asked again, and repeats itself for the same seed', () => {
    const sequence = (seed: number) => {
      const noise = new FieldNoise({ field: 'senderName', rate: 0.5, seed });
      return Array.from({ length: 64 }, () => noise.apply(fields('Anna Schmidt'), 'one request')[0]!.value);
    };
    const first = sequence(7);
    expect(new Set(first)).toEqual(new Set(['Anna Schmidt', 'Anna Schmid'])); // the same request, both readings
    expect(sequence(7)).toEqual(first); // reproducible
    expect(sequence(8)).not.toEqual(first); // another seed, other draws
  });

  it('repeated fields are matched by target name', () => {
    const noise = new FieldNoise({ field: 'customerIds', rate: 1, seed: 1 });
    const answer = noise.apply([{ name: 'customerIds[0]', value: 'C-100', confidence: 0.9 }, ...fields('Ann')], 'r');
    expect(answer.map((field) => field.value)).toEqual(['C-10', 'Ann', 'high']);
  });
});

describe('simulator with field noise', () => {
  let simulator: RunningSimulator | undefined;
  afterEach(async () => {
    await simulator?.close();
  });

  it('answers one field of identical chat requests non-deterministically, the rest as the model does', async () => {
    const model: ExtractionModel = {
      ref: { provider: 'local', model: 'fixed', version: '1', promptId: null, promptHash: null },
      extract: () =>
        Promise.resolve({
          value: fields('Anna Schmidt'),
          usage: { inputTokens: 0, outputTokens: 0, characters: 0, latencyMs: 0, costUsd: 0 },
          model: { provider: 'local', model: 'fixed', version: '1', promptId: null, promptHash: null },
          degraded: false,
          redactions: {},
        }),
    };
    simulator = await startModelSimulator({ port: 0, extraction: model, noise: { field: 'senderName', rate: 0.5, seed: 3 } });
    const prompt = `<fields>\n${fieldsBlock(emailTargets)}\n</fields>\n<document kind="email">\nHello, Anna Schmidt\n</document>`;
    const ask = async () => {
      const response = await fetch(`${simulator!.url}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'sim-small', messages: [{ role: 'user', content: prompt }] }),
      });
      const body = (await response.json()) as { choices: { message: { content: string } }[] };
      return (JSON.parse(body.choices[0]!.message.content) as { fields: ExtractedField[] }).fields;
    };
    const answers = [];
    for (let i = 0; i < 40; i += 1) answers.push(await ask());
    expect(new Set(answers.map((answer) => answer.find((f) => f.name === 'senderName')?.value))).toEqual(new Set(['Anna Schmidt', 'Anna Schmid']));
    expect(answers.every((answer) => answer.find((f) => f.name === 'urgency')?.value === 'high')).toBe(true);
  });
});
