import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const assetsDir = fileURLToPath(new URL('../assets/', import.meta.url));

/**
 * Where the local stack keeps downloads, data, logs and pid files: `SLUICE_HOME`, by default
 * `.sluice/` in the repository (git-ignored), so a fresh clone starts from nothing.
 */
export interface StackPaths {
  home: string;
  cache: string;
  data: string;
  logs: string;
  run: string;
}

export function stackPaths(env: Record<string, string | undefined> = process.env): StackPaths {
  const home = env.SLUICE_HOME ?? join(repoRoot, '.sluice');
  return {
    home,
    cache: join(home, 'cache'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    run: join(home, 'run'),
  };
}
