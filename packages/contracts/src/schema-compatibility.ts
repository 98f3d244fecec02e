import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import avsc, { type Schema } from 'avsc';
import { schemasDir } from './schema-files';

export interface CompatibilityProblem {
  version: string;
  reason: string;
}

/**
 * BACKWARD_TRANSITIVE, checked locally: a consumer on `candidate` must read data written with
 * every earlier version. avsc's resolver refuses exactly what Avro's schema resolution refuses
 * (a new field without a default, an incompatible type change, a removed enum symbol in use...).
 */
export function backwardTransitiveProblems(
  candidate: Schema,
  earlier: readonly { version: string; schema: Schema }[],
): CompatibilityProblem[] {
  const reader = avsc.Type.forSchema(candidate);
  const problems: CompatibilityProblem[] = [];
  for (const { version, schema } of earlier) {
    try {
      reader.createResolver(avsc.Type.forSchema(schema));
    } catch (error) {
      problems.push({ version, reason: (error as Error).message });
    }
  }
  return problems;
}

/**
 * Every committed version of `schemas/<file>` (newest first), read from git history. Empty when
 * the file was never committed or git is not available (an exported tree).
 */
export function committedVersions(file: string, dir = schemasDir): { version: string; schema: Schema }[] {
  const git = (args: string[]): string =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  let commits: string[];
  let prefix: string;
  try {
    prefix = git(['rev-parse', '--show-prefix']).trim();
    commits = git(['log', '--format=%H', '--', file]).split('\n').filter(Boolean);
  } catch {
    return [];
  }
  return commits.map((commit) => ({
    version: `${commit.slice(0, 10)}:${dirname(`${prefix}${file}`)}/${file}`,
    schema: JSON.parse(git(['show', `${commit}:${prefix}${file}`])) as Schema,
  }));
}
