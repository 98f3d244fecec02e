import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';

// The repository's own eslint.config.js, applied as `npm run lint` applies it.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const probes: string[] = [];

async function lintProbe(relativeDir: string, name: string, source: string): Promise<ESLint.LintResult> {
  // A real file under a production folder, so the project service type-checks it like any other.
  const file = join(repoRoot, relativeDir, name);
  probes.push(file);
  writeFileSync(file, source);
  const eslint = new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintFiles([file]);
  if (!result) throw new TypeError(`eslint returned no result for ${file}`);
  return result;
}

afterEach(() => {
  for (const file of probes.splice(0)) rmSync(file, { force: true });
});

const plainError = "export function fail(reason: string): never {\n  throw new Error(reason);\n}\n";
const ruleFired = (result: ESLint.LintResult) => result.messages.filter((message) => message.ruleId === 'no-restricted-syntax');

describe('the lint rule against plain errors in production code', () => {
  it('fires on `new Error(` in a production source file', async () => {
    const result = await lintProbe('packages/errors/src', `lint-probe-${process.pid}.ts`, plainError);
    expect(ruleFired(result)).toHaveLength(1);
    expect(ruleFired(result)[0]?.message).toContain('SluiceError');
    expect(ruleFired(result)[0]?.line).toBe(2);
  }, 120_000);

  it('leaves test files alone', async () => {
    const result = await lintProbe('packages/errors/src', `lint-probe-${process.pid}.test.ts`, plainError);
    expect(ruleFired(result)).toHaveLength(0);
  }, 120_000);

  it('accepts a SluiceError', async () => {
    const source = "import { SluiceError } from './sluice-error';\n\nexport function fail(reason: string): never {\n  throw new SluiceError('INVALID_INPUT', reason);\n}\n";
    const result = await lintProbe('packages/errors/src', `lint-probe-ok-${process.pid}.ts`, source);
    expect(result.messages).toEqual([]);
  }, 120_000);
});
