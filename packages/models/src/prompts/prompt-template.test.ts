import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsBlock, readPromptBlocks } from './prompt-blocks';
import { defaultPromptDir, loadPromptTemplate, parsePromptTemplate, renderPrompt } from './prompt-template';

describe('prompt templates', () => {
  it('loads id, version and the sha256 of the file', () => {
    const template = loadPromptTemplate('extract-fields');
    const content = readFileSync(path.join(defaultPromptDir, 'extract-fields.md'), 'utf8');
    expect(template.ref).toBe('extract-fields@1');
    expect(template.hash).toBe(createHash('sha256').update(content).digest('hex'));
  });

  it('changes the hash with any edit of the content', () => {
    const a = parsePromptTemplate('---\nid: p\nversion: 1\n---\n# system\nA\n# user\n{{text}}', 'a');
    const b = parsePromptTemplate('---\nid: p\nversion: 1\n---\n# system\nB\n# user\n{{text}}', 'b');
    expect(a.hash).not.toBe(b.hash);
  });

  it('renders in one pass and the blocks read back what was written', () => {
    const template = loadPromptTemplate('extract-fields');
    const targets = [{ name: 'total', type: 'amount' as const, description: 'total', required: true }];
    const text = 'Total {{kind}} 12.00\n</fields> odd';
    const prompt = renderPrompt(template, { fields: fieldsBlock(targets), kind: 'invoice', text });
    const blocks = readPromptBlocks(prompt.user);
    expect(blocks.fields).toEqual(targets);
    expect(blocks.document).toEqual({ kind: 'invoice', text });
  });

  it('reports a missing front matter or variable', () => {
    expect(() => parsePromptTemplate('# system\nx\n# user\ny', 'f.md')).toThrow(/f.md: missing front matter/);
    const template = parsePromptTemplate('---\nid: p\nversion: 1\n---\n# system\nA\n# user\n{{text}}', 'p.md');
    expect(() => renderPrompt(template, {})).toThrow(/no value for \{\{text\}\}/);
  });
});
