import type { DocumentKind, FieldTarget } from '../model-contracts';

/**
 * The tagged blocks the prompt templates put in the user message (`<fields>`, `<labels>`,
 * `<document>`). Writing and reading them in one module keeps the prompts and the simulator, which
 * answers them, in agreement.
 */
export function fieldsBlock(targets: readonly FieldTarget[]): string {
  return targets.map((target) => JSON.stringify(target)).join('\n');
}

export function labelsBlock(labels: readonly string[]): string {
  return labels.map((label) => JSON.stringify(label)).join('\n');
}

export interface PromptBlocks {
  fields: FieldTarget[] | null;
  labels: string[] | null;
  document: { kind: DocumentKind | null; text: string } | null;
}

function jsonLines<T>(block: string | undefined): T[] | null {
  if (block === undefined) return null;
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

export function readPromptBlocks(message: string): PromptBlocks {
  const fields = /<fields>\n([\s\S]*?)\n?<\/fields>/.exec(message)?.[1];
  const labels = /<labels>\n([\s\S]*?)\n?<\/labels>/.exec(message)?.[1];
  // The document is the last block and its text may contain anything, so match to the last close tag.
  const document = /<document(?: kind="([a-z]*)")?>\n([\s\S]*)\n<\/document>/.exec(message);
  return {
    fields: jsonLines<FieldTarget>(fields),
    labels: jsonLines<string>(labels),
    document: document ? { kind: (document[1] as DocumentKind | undefined) ?? null, text: document[2] ?? '' } : null,
  };
}
