import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = (ignore: boolean) => `
  ${ignore ? `const { ignoreKafkajsNegativeTimeoutWarning } = await import(${JSON.stringify(join(import.meta.dirname, 'kafkajs-warnings.ts'))}); ignoreKafkajsNegativeTimeoutWarning();` : ''}
  process.emitWarning('-1796012319271 is a negative number.', 'TimeoutNegativeWarning');
  process.emitWarning('something else', 'DeprecationWarning');
`;

function stderrOf(ignore: boolean): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(ignore)], { encoding: 'utf8' });
  return run.stderr;
}

describe('ignoreKafkajsNegativeTimeoutWarning', () => {
  it("drops kafkajs's negative-timeout warning and still prints every other warning", () => {
    const plain = stderrOf(false);
    expect(plain).toContain('TimeoutNegativeWarning');
    const filtered = stderrOf(true);
    expect(filtered).not.toContain('TimeoutNegativeWarning');
    expect(filtered).toContain('DeprecationWarning: something else');
  }, 60_000); // two tsx start-ups: over vitest's default 5 s on a loaded machine
});
