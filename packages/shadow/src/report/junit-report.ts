import type { ComparisonReport } from '../compare/comparison-report';
import { percent } from './report-figures';
import { escapeHtml } from './html-report';

/**
 * The gates as JUnit XML (the format CI systems show as test results): one test suite per
 * comparison, one test case per gate, a failure per gate passed. A comparison without gates is one
 * passing case that records the agreement, so the suite is never empty.
 */
export function junitReport(report: ComparisonReport): string {
  const xml = escapeHtml;
  const suites = report.sections.map((part) => {
    const { comparison: c } = part;
    const name = `shadow ${c.candidate.label} vs ${c.reference.label}`;
    const classname = `sluice.compare.${c.candidate.label.replace(/[^\w-]/g, '_')}`;
    const cases =
      part.checks.length > 0
        ? part.checks.map(
            (check) =>
              `    <testcase classname="${xml(classname)}" name="${xml(check.check)}">${
                check.passed ? `<system-out>${xml(check.detail)}</system-out>` : `<failure message="${xml(check.detail)}" type="threshold">${xml(check.detail)}</failure>`
              }</testcase>`,
          )
        : [
            `    <testcase classname="${xml(classname)}" name="compared ${c.scope} documents"><system-out>${xml(
              `decision agreement ${percent(c.decisions.agreement)}, ${c.joined} decided by both, no gates configured`,
            )}</system-out></testcase>`,
          ];
    const failures = part.checks.filter((check) => !check.passed).length;
    return `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0" timestamp="${xml(report.generatedAt)}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const tests = report.sections.reduce((sum, part) => sum + Math.max(1, part.checks.length), 0);
  const failures = report.sections.reduce((sum, part) => sum + part.checks.filter((check) => !check.passed).length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="sluice compare" tests="${tests}" failures="${failures}" time="${(report.tookMs / 1000).toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
