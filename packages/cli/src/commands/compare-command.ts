import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { SluiceError } from '@sluice/errors';
import {
  htmlReport,
  junitReport,
  markdownReport,
  parseDisagreementLimits,
  parseRatio,
  PRODUCTION,
  reportJson,
  runComparison,
  type ComparisonReport,
  type Thresholds,
} from '@sluice/shadow';
import { platformClients } from '../platform-clients';

const formats = ['md', 'json', 'html', 'junit'] as const;
type Format = (typeof formats)[number];

interface CompareOptions {
  shadow: string;
  against: string;
  format: string;
  json?: boolean;
  output?: string;
  maxDisagreement?: string;
  maxCostIncrease?: string;
  maxP95LatencyIncrease?: string;
  numericTolerance: string;
  lineageUrl?: string;
  maxDocuments: string;
}

const list = (text: string) => text.split(',').map((item) => item.trim()).filter(Boolean);

/** The gates from the command's options; every problem names its option. */
export function thresholdsFrom(options: Pick<CompareOptions, 'maxDisagreement' | 'maxCostIncrease' | 'maxP95LatencyIncrease'>): Thresholds {
  return {
    maxDisagreement: options.maxDisagreement ? parseDisagreementLimits(options.maxDisagreement) : new Map(),
    maxCostIncrease: options.maxCostIncrease === undefined ? null : parseRatio('--max-cost-increase', options.maxCostIncrease),
    maxP95LatencyIncrease: options.maxP95LatencyIncrease === undefined ? null : parseRatio('--max-p95-latency-increase', options.maxP95LatencyIncrease),
  };
}

export function renderReport(report: ComparisonReport, format: Format, maxDocuments: number): string {
  switch (format) {
    case 'md':
      return markdownReport(report, { maxDocuments });
    case 'html':
      return htmlReport(report, { maxDocuments });
    case 'junit':
      return junitReport(report);
    case 'json':
      return `${reportJson(report)}\n`;
  }
}

export function compareCommand(): Command {
  return new Command('compare')
    .description("compare a shadow's outcomes with production's (or another shadow's), field by field, noise-adjusted; exit 1 past a threshold")
    .requiredOption('--shadow <names>', 'candidate shadow(s), comma-separated: one report section per candidate and reference')
    .option('--against <names>', `reference(s): ${PRODUCTION} (SLUICE_TOPIC_PREFIX) and/or other shadows, comma-separated`, PRODUCTION)
    .option('--format <format>', `report format: ${formats.join(' | ')}`, 'md')
    .option('--json', 'same as --format json')
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--max-disagreement <FIELD=X,...>', 'most noise-adjusted disagreement per field (share or %; `decision` = the decision, `*` = any field)')
    .option('--max-cost-increase <X>', 'most relative increase of cost per document (0.1 or 10%)')
    .option('--max-p95-latency-increase <X>', 'most relative increase of p95 model time per document (0.2 or 20%)')
    .option('--numeric-tolerance <X>', 'numeric field values closer than this are equal', '0')
    .option('--lineage-url <url>', 'auditor base URL for lineage links, e.g. http://127.0.0.1:9405 (default: `sluice audit lineage` commands)')
    .option('--max-documents <n>', 'disagreeing documents listed per comparison in md/html (json lists all)', '50')
    .action(async (options: CompareOptions) => {
      const format = (options.json ? 'json' : options.format) as Format;
      if (!formats.includes(format)) throw new SluiceError('CONFIG', `--format ${options.format}: expected ${formats.join(', ')}`);
      const tolerance = Number(options.numericTolerance);
      if (!Number.isFinite(tolerance) || tolerance < 0) throw new SluiceError('CONFIG', `--numeric-tolerance ${options.numericTolerance}: expected a number >= 0`);
      const maxDocuments = Number(options.maxDocuments);
      if (!Number.isInteger(maxDocuments) || maxDocuments < 0) throw new SluiceError('CONFIG', `--max-documents ${options.maxDocuments}: expected a whole number`);
      const thresholds = thresholdsFrom(options);
      const { kafka, serde, env } = platformClients('sluice-compare');
      const admin = kafka.admin();
      await admin.connect();
      let report: ComparisonReport;
      try {
        report = await runComparison(kafka, admin, serde, {
          candidates: list(options.shadow),
          against: list(options.against),
          productionPrefix: env.SLUICE_TOPIC_PREFIX,
          thresholds,
          numericTolerance: tolerance,
          lineageUrl: options.lineageUrl ?? null,
        });
      } finally {
        await admin.disconnect();
      }
      const text = renderReport(report, format, maxDocuments);
      if (options.output) {
        await writeFile(options.output, text);
        process.stderr.write(`report written to ${options.output}: ${report.passed ? 'passed' : 'FAILED'}\n`);
      } else {
        process.stdout.write(text);
      }
      if (!report.passed) {
        const failed = report.sections.flatMap((section) => section.checks.filter((check) => !check.passed).map((check) => `${section.comparison.candidate.label} vs ${section.comparison.reference.label}: ${check.check}: ${check.detail}`));
        process.stderr.write(`sluice: thresholds passed:\n  ${failed.join('\n  ')}\n`);
        process.exitCode = 1;
      }
    });
}
