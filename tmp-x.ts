import { generatedCases } from '@sluice/evaluation';
const want = new Set(process.argv.slice(2));
for (const split of ['dev', 'holdout'] as const) for (const c of generatedCases({ seed: split === 'dev' ? 20250301 : 20250302, count: 150, split })) if (want.has(c.id)) console.log('=====', c.id, '\n' + c.text);
