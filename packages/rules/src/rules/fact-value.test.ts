import { describe, expect, it } from 'vitest';
import { validationInput } from '../validation-input-builder';
import { factValue } from './fact-value';

const run = (facts: Record<string, string>) => factValue.bind(factValue.params.parse({ fact: 'document.text', values: ['empty'] }))(validationInput({}, { facts }));

describe('fact-value', () => {
  it('flags a document whose fact holds a listed value, passes others', () => {
    expect(run({ 'document.text': 'empty' })).toEqual(['document.text is empty']);
    expect(run({})).toEqual([]);
    expect(run({ 'document.text': 'present' })).toEqual([]);
  });
});
