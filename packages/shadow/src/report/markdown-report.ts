import { lineageOf, type CandidateReport, type ComparisonReport } from '../compare/comparison-report';
import { percent } from './report-figures';
import { confusionTable, fieldTable, measureTable, type ReportTable } from './report-tables';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const tableOf = ({ head, rows }: ReportTable) => table(head, rows);

function section(report: ComparisonReport, part: CandidateReport, maxDocuments: number): string {
  const { comparison: c, noise, baseline } = part;
  const ref = c.reference.label;
  const cand = c.candidate.label;
  const lines: string[] = [];
  lines.push(`## \`${cand}\` vs ${ref}: ${part.passed ? 'passed' : '**FAILED**'}`);
  lines.push('');
  lines.push(
    `${c.scope} documents replayed; ${c.joined} decided by both; missing in ${ref}: ${c.missing.reference.length}, in ${cand}: ${c.missing.candidate.length}. ` +
      (baseline ? `Noise measured by \`${baseline.candidate.label}\` (production's configuration over the same records).` : 'No baseline lane: rates are not noise-adjusted.'),
  );
  lines.push('');
  lines.push('### Decisions');
  lines.push('');
  lines.push(
    `Agreement ${percent(c.decisions.agreement)} (${c.decisions.agreeing}/${c.decisions.compared}); disagreement ${percent(noise.decision.raw)}, noise ${percent(noise.decision.noise)}, adjusted **${percent(noise.decision.adjusted)}**.`,
  );
  lines.push('');
  lines.push(tableOf(confusionTable(part)));
  lines.push('');
  lines.push('### Fields');
  lines.push('');
  lines.push(tableOf(fieldTable(part)));
  lines.push('');
  lines.push('### Review rate, confidence, cost, latency');
  lines.push('');
  lines.push(tableOf(measureTable(part, 'review rate (would ask a person)')));
  if (part.checks.length > 0) {
    lines.push('');
    lines.push('### Gates');
    lines.push('');
    lines.push(table(['check', 'result', 'detail'], part.checks.map((check) => [check.check, check.passed ? 'pass' : '**FAIL**', check.detail])));
  }
  if (c.missing.candidate.length + c.missing.reference.length > 0) {
    lines.push('');
    lines.push('### Missing documents');
    lines.push('');
    if (c.missing.reference.length > 0) lines.push(`- no result in ${ref}: ${c.missing.reference.slice(0, maxDocuments).join(', ')}${c.missing.reference.length > maxDocuments ? ', …' : ''}`);
    if (c.missing.candidate.length > 0) lines.push(`- no result in ${cand}: ${c.missing.candidate.slice(0, maxDocuments).join(', ')}${c.missing.candidate.length > maxDocuments ? ', …' : ''}`);
  }
  lines.push('');
  lines.push(`### Disagreeing documents (${Math.min(maxDocuments, part.disagreements.length)} of ${part.disagreements.length})`);
  if (part.disagreements.length > 0) {
    lines.push('');
    lines.push(
      table(
        ['document', ref, cand, 'differences', 'lineage'],
        part.disagreements.slice(0, maxDocuments).map((entry) => {
          const differences = entry.differences.map((d) => {
            const noisy = entry.fieldsAlsoInBaseline.includes(d.field) ? ' (baseline too)' : '';
            return `${d.field}: ${d.reference ?? '∅'} → ${d.candidate ?? '∅'}${noisy}`;
          });
          const links = [lineageOf(entry.documentId, c.reference.prefix, report.lineageUrl), lineageOf(entry.documentId, c.candidate.prefix, report.lineageUrl)];
          return [
            `${entry.documentId} (${entry.kind})`,
            entry.reference,
            `${entry.candidate}${entry.decisionAlsoInBaseline ? ' (baseline too)' : ''}`,
            differences.join('; ') || '–',
            links.map((link) => (link.url ? `[${link === links[0] ? ref : cand}](${link.url})` : `\`${link.command}\``)).join(' '),
          ];
        }),
      ),
    );
  }
  return lines.join('\n');
}

/** The report as Markdown (a CI job summary, a pull-request comment). */
export function markdownReport(report: ComparisonReport, options: { maxDocuments?: number } = {}): string {
  const head = [
    '# Shadow comparison',
    '',
    `${report.passed ? 'Passed' : '**Failed**'}: ${report.sections.length} comparison(s), generated ${report.generatedAt} in ${report.tookMs} ms.`,
  ];
  return `${[...head, '', ...report.sections.map((part) => section(report, part, options.maxDocuments ?? 50))].join('\n')}\n`;
}
