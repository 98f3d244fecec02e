import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import { SluiceError } from '@sluice/errors';

/** The repository's prompt folder: `packages/models/prompts`. */
export const defaultPromptDir = fileURLToPath(new URL('../../prompts/', import.meta.url));

export interface PromptTemplate {
  id: string;
  version: number;
  /** `<id>@<version>`: what goes into ModelRef.promptId. */
  ref: string;
  /** sha256 (hex) of the whole file, front matter included: any edit changes it. */
  hash: string;
  system: string;
  user: string;
}

export interface RenderedPrompt {
  system: string;
  user: string;
}

const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.coerce.number().int().positive(),
});

/**
 * A prompt file is front matter (`id`, `version`) and two sections, `# system` and `# user`, with
 * `{{name}}` variables. Parsed by hand: the format is this project's own and a YAML parser for two
 * keys would be more dependency than logic.
 */
export function parsePromptTemplate(content: string, source: string): PromptTemplate {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
  if (!match) throw new SluiceError('CONFIG', `${source}: missing front matter (--- id / version ---)`);
  const meta: Record<string, string | undefined> = Object.fromEntries(
    (match[1] ?? '')
      .split('\n')
      .map((line) => /^(\w+):\s*(.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m): [string, string | undefined] => [m[1] ?? '', m[2]]),
  );
  const parsed = frontMatterSchema.safeParse(meta);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new SluiceError('CONFIG', `${source}: invalid front matter: ${problems}`);
  }
  const body = match[2] ?? '';
  const sections = /^# system\n([\s\S]*?)\n# user\n([\s\S]*)$/m.exec(body.trim());
  if (!sections) throw new SluiceError('CONFIG', `${source}: needs a "# system" then a "# user" section`);
  return {
    id: parsed.data.id,
    version: parsed.data.version,
    ref: `${parsed.data.id}@${parsed.data.version}`,
    hash: createHash('sha256').update(content).digest('hex'),
    system: (sections[1] ?? '').trim(),
    user: (sections[2] ?? '').trim(),
  };
}

const cache = new Map<string, PromptTemplate>();

export function loadPromptTemplate(id: string, dir: string = defaultPromptDir): PromptTemplate {
  const file = path.join(dir, `${id}.md`);
  const cached = cache.get(file);
  if (cached) return cached;
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SluiceError('CONFIG', `prompt ${id}: cannot read ${file}`, { cause: error });
  }
  const template = parsePromptTemplate(content, file);
  if (template.id !== id) throw new SluiceError('CONFIG', `${file}: front matter id is ${template.id}, expected ${id}`);
  cache.set(file, template);
  return template;
}

/** Single pass, so a `{{x}}` inside a document's text is never expanded. */
export function renderPrompt(template: PromptTemplate, vars: Record<string, string>): RenderedPrompt {
  const fill = (text: string) =>
    text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new SluiceError('CONFIG', `prompt ${template.ref}: no value for {{${name}}}`);
      return value;
    });
  return { system: fill(template.system), user: fill(template.user) };
}
