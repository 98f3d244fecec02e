import { describe, expect, it } from 'vitest';
import { compareLanes } from '../compare/compare-lanes';
import { candidateReport, comparisonReport, lineageOf } from '../compare/comparison-report';
import type { DocumentOutcome, LaneOutcomes, Outcome } from '../compare/lane-outcomes';
import { parseDisagreementLimits } from '../compare/thresholds';
import { htmlReport } from './html-report';
import { junitReport } from './junit-report';
import { markdownReport } from './markdown-report';
import { reportJson } from './report-figures';

function doc(documentId: string, outcome: Outcome, vendor: string, costUsd: number): DocumentOutcome {
  return { documentId, tenant: 't', kind: 'invoice', outcome, humanDecision: null, fields: new Map([['vendorName', { value: vendor, confidence: 0.8 }]]), costUsd, latencyMs: 5 };
}
const lane = (label: string, prefix: string, docs: DocumentOutcome[]): LaneOutcomes => ({ label, prefix, documents: new Map(docs.map((d) => [d.documentId, d])) });

const production = lane('production', '', [doc('<d1>', 'ACCEPTED', 'ACME & Co', 0), doc('d2', 'ACCEPTED', 'Globex', 0)]);
const candidate = lane('prompt-v2', 'shadow.prompt-v2.', [doc('<d1>', 'REVIEW', 'ACME | Co', 0.01), doc('d2', 'ACCEPTED', 'Globex', 0.01)]);
const comparison = compareLanes(production, candidate, new Set(['<d1>', 'd2']));
const failing = candidateReport(comparison, null, { maxDisagreement: parseDisagreementLimits('decision=0.1'), maxCostIncrease: 0.5, maxP95LatencyIncrease: null });
const report = comparisonReport([failing], { tookMs: 1234, lineageUrl: 'http://127.0.0.1:9405/', now: new Date('2026-01-01T00:00:00Z') });

describe('report formats', () => {
  it('markdown: result, confusion table, fields, gates and disagreeing documents with lineage links', () => {
    const md = markdownReport(report);
    expect(md).toContain('**Failed**: 1 comparison(s)');
    expect(md).toContain('## `prompt-v2` vs production: **FAILED**');
    expect(md).toContain('| ACCEPTED | 1 | 0 | 1 | 0 |');
    expect(md).toMatch(/\| vendorName \| 2 \| 0 \| 0 \| 1 \| 50\.00% \|/);
    expect(md).toMatch(/\| disagreement decision \| \*\*FAIL\*\* \|/);
    expect(md).toMatch(/\| cost per document \| \*\*FAIL\*\* \| \$0\.010000 vs \$0\.000000 per document: \+∞/);
    expect(md).toContain('vendorName: ACME & Co → ACME \\| Co'); // the pipe is escaped, not a new cell
    expect(md).toContain('[prompt-v2](http://127.0.0.1:9405/documents/%3Cd1%3E?namespace=shadow.prompt-v2.)');
  });

  it('html: one self-contained page with everything escaped', () => {
    const html = htmlReport(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('&lt;d1&gt; (invoice)');
    expect(html).not.toContain('<d1>');
    expect(html).toContain('ACME &amp; Co → ACME | Co');
    expect(html).toContain('class="fail">FAILED');
  });

  it('junit: one suite per comparison, one case per gate, failures counted', () => {
    const xml = junitReport(report);
    expect(xml).toContain('<testsuites name="sluice compare" tests="2" failures="2" time="1.234">');
    expect(xml).toContain('<testsuite name="shadow prompt-v2 vs production" tests="2" failures="2"');
    expect(xml.match(/<failure /g)).toHaveLength(2);
    const passing = junitReport(comparisonReport([candidateReport(comparison, null, { maxDisagreement: new Map(), maxCostIncrease: null, maxP95LatencyIncrease: null })], { tookMs: 1 }));
    expect(passing).toContain('tests="1" failures="0"');
    expect(passing).toContain('name="compared 2 documents"');
  });

  it('json keeps an unbounded increase as a string, not null', () => {
    const parsed = JSON.parse(reportJson(report)) as { passed: boolean; sections: { comparison: { costPerDocumentUsd: { increase: unknown } } }[] };
    expect(parsed.passed).toBe(false);
    expect(parsed.sections[0]!.comparison.costPerDocumentUsd.increase).toBe('Infinity');
  });

  it('lineage: the CLI command names the namespace; production needs none', () => {
    expect(lineageOf('d 1', 'shadow.a.', null)).toEqual({ command: "npx sluice audit lineage 'd 1' --namespace shadow.a.", url: null });
    expect(lineageOf('d1', '', null).command).toBe('npx sluice audit lineage d1');
  });
});
