// `npm run bench -- <name>`: runs bench/<name>.ts (a script that prints figures, ending with one
// JSON line). Benchmarks are never tests: on a shared machine they report ratios and medians.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && !['run.ts', 'eval.ts'].includes(file) && !file.includes('.test.'))
  .map((file) => file.replace(/\.ts$/, ''));
const name = process.argv[2];
if (!name || !available.includes(name)) {
  process.stderr.write(`usage: npm run bench -- <${available.join('|')}>\n`);
  process.exit(2);
}
const module = (await import(`./${name}.ts`)) as { run?: () => Promise<void> };
if (typeof module.run !== 'function') {
  process.stderr.write(`bench/${name}.ts exports no run()\n`);
  process.exit(2);
}
await module.run();
