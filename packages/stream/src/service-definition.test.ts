import { describe, expect, it } from 'vitest';
import { defineService, inputTopics } from './service-definition';

const handler = () => Promise.resolve([]);

describe('defineService', () => {
  it('takes one input topic or several', () => {
    expect(inputTopics(defineService({ name: 'one', input: 'a.v1', outputs: ['b.v1'], handler }))).toEqual(['a.v1']);
    expect(inputTopics(defineService({ name: 'two', input: ['a.v1', 'c.v1'], outputs: ['b.v1'], handler }))).toEqual(['a.v1', 'c.v1']);
    expect(inputTopics(defineService({ name: 'sink', input: ['a.v1'], outputs: [], handler }))).toEqual(['a.v1']);
  });

  it('refuses a loop through any input, no input, and a repeated input', () => {
    expect(() => defineService({ name: 'loop', input: ['a.v1', 'b.v1'], outputs: ['b.v1'], handler })).toThrow('reads and writes b.v1');
    expect(() => defineService({ name: 'none', input: [], outputs: ['b.v1'], handler })).toThrow('no input topic');
    expect(() => defineService({ name: 'twice', input: ['a.v1', 'a.v1'], outputs: [], handler })).toThrow('twice');
  });
});
