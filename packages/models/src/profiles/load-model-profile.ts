import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { SluiceError } from '@sluice/errors';
import type { Env } from '@sluice/config';
import { modelProfileSchema, type ModelProfile } from './model-profile-schema';

/** `config/model-profiles` at the repository root. */
export const defaultProfileDir = fileURLToPath(new URL('../../../../config/model-profiles/', import.meta.url));

export interface LoadedProfile {
  name: string;
  file: string;
  profile: ModelProfile;
}

/**
 * Replaces `${VAR}` and `${VAR:-default}` in every string, so secrets and hosts stay in the
 * environment while the profile file is committed. Reports each missing variable with its key.
 */
function interpolate(value: unknown, env: Env, keyPath: string, problems: string[]): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Z0-9_]+)(?::-([^}]*))?\}/g, (_, name: string, fallback: string | undefined) => {
      const found = env[name] ?? fallback;
      if (found === undefined) {
        problems.push(`  ${keyPath}: environment variable ${name} is not set`);
        return '';
      }
      return found;
    });
  }
  if (Array.isArray(value)) return value.map((item, index) => interpolate(item, env, `${keyPath}.${index}`, problems));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolate(item, env, keyPath ? `${keyPath}.${key}` : key, problems)]),
    );
  }
  return value;
}

/** Parses and validates one profile's JSON; every problem at once, each naming file and key. */
export function parseModelProfile(json: string, file: string, env: Env): ModelProfile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new SluiceError('CONFIG', `${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const problems: string[] = [];
  const interpolated = interpolate(raw, env, '', problems);
  const parsed = modelProfileSchema.safeParse(interpolated);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  if (problems.length > 0 || !parsed.success) {
    throw new SluiceError('CONFIG', `invalid model profile ${file}:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** Reads `MODEL_PROFILE` (default `local`) from `<dir>/<name>.json`. */
export function loadModelProfile(
  env: Env = process.env,
  dir: string = defaultProfileDir,
  name: string = env.MODEL_PROFILE ?? 'local',
): LoadedProfile {
  if (!/^[a-z0-9-]+$/.test(name)) {
    throw new SluiceError('CONFIG', `MODEL_PROFILE: "${name}" is not a profile name such as local`);
  }
  const file = path.join(dir, `${name}.json`);
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SluiceError('CONFIG', `MODEL_PROFILE=${name}: cannot read ${file}`, { cause: error });
  }
  return { name, file, profile: parseModelProfile(json, file, env) };
}
