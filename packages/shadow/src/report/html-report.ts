import { lineageOf, type CandidateReport, type ComparisonReport } from '../compare/comparison-report';
import { percent } from './report-figures';
import { confusionTable, fieldTable, measureTable, type ReportTable } from './report-tables';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const table = (head: readonly string[], rows: readonly (readonly string[])[], raw = false) =>
  `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((cells) => `<tr>${cells.map((c) => `<td>${raw ? c : escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
const tableOf = ({ head, rows }: ReportTable) => table(head, rows);

function section(report: ComparisonReport, part: CandidateReport, maxDocuments: number): string {
  const { comparison: c, noise, baseline } = part;
  const [ref, cand] = [c.reference.label, c.candidate.label];
  const e = escapeHtml;
  const parts = [
    `<h2>${e(cand)} vs ${e(ref)}: <span class="${part.passed ? 'pass' : 'fail'}">${part.passed ? 'passed' : 'FAILED'}</span></h2>`,
    `<p>${c.scope} documents replayed; ${c.joined} decided by both; missing in ${e(ref)}: ${c.missing.reference.length}, in ${e(cand)}: ${c.missing.candidate.length}. ${
      baseline ? `Noise measured by ${e(baseline.candidate.label)}.` : 'No baseline lane: rates are not noise-adjusted.'
    }</p>`,
    `<h3>Decisions</h3><p>Agreement ${percent(c.decisions.agreement)} (${c.decisions.agreeing}/${c.decisions.compared}); disagreement ${percent(noise.decision.raw)}, noise ${percent(noise.decision.noise)}, adjusted <b>${percent(noise.decision.adjusted)}</b>.</p>`,
    tableOf(confusionTable(part)),
    '<h3>Fields</h3>',
    tableOf(fieldTable(part)),
    '<h3>Review rate, confidence, cost, latency</h3>',
    tableOf(measureTable(part, 'review rate')),
  ];
  if (part.checks.length > 0) {
    parts.push('<h3>Gates</h3>', table(['check', 'result', 'detail'], part.checks.map((check) => [check.check, check.passed ? 'pass' : 'FAIL', check.detail])));
  }
  parts.push(`<h3>Disagreeing documents (${Math.min(maxDocuments, part.disagreements.length)} of ${part.disagreements.length})</h3>`);
  parts.push(
    table(
      ['document', ref, cand, 'differences', 'lineage'],
      part.disagreements.slice(0, maxDocuments).map((entry) => {
        const links = [
          [ref, lineageOf(entry.documentId, c.reference.prefix, report.lineageUrl)],
          [cand, lineageOf(entry.documentId, c.candidate.prefix, report.lineageUrl)],
        ] as const;
        return [
          e(`${entry.documentId} (${entry.kind})`),
          e(entry.reference),
          e(`${entry.candidate}${entry.decisionAlsoInBaseline ? ' (baseline too)' : ''}`),
          entry.differences
            .map((d) => e(`${d.field}: ${d.reference ?? '∅'} → ${d.candidate ?? '∅'}${entry.fieldsAlsoInBaseline.includes(d.field) ? ' (baseline too)' : ''}`))
            .join('<br>') || '–',
          links.map(([label, link]) => (link.url ? `<a href="${e(link.url)}">${e(label)}</a>` : `<code>${e(link.command)}</code>`)).join('<br>'),
        ];
      }),
      true,
    ),
  );
  return `<section>${parts.join('\n')}</section>`;
}

/** The report as one self-contained HTML page (a CI artifact). */
export function htmlReport(report: ComparisonReport, options: { maxDocuments?: number } = {}): string {
  const style =
    'body{font:14px system-ui,sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}.pass{color:#17692c}.fail{color:#b00020}code{font-size:12px}';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shadow comparison</title><style>${style}</style></head>
<body><h1>Shadow comparison: <span class="${report.passed ? 'pass' : 'fail'}">${report.passed ? 'passed' : 'FAILED'}</span></h1>
<p>${report.sections.length} comparison(s), generated ${escapeHtml(report.generatedAt)} in ${report.tookMs} ms.</p>
${report.sections.map((part) => section(report, part, options.maxDocuments ?? 200)).join('\n')}
</body></html>
`;
}
