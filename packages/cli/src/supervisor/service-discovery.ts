import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const servicePackage = z.object({
  name: z.string(),
  sluice: z.object({
    /** Pipeline order: lower starts first and is listed first. */
    order: z.number().int(),
    httpPort: z.number().int().min(1).max(65535),
  }),
});

export interface ServiceEntry {
  name: string;
  dir: string;
  main: string;
  httpPort: number;
  order: number;
}

/** The deployable services: `services/<name>` with a `sluice` block in package.json and `src/main.ts`. */
export function discoverServices(servicesDir: string): ServiceEntry[] {
  if (!existsSync(servicesDir)) return [];
  return readdirSync(servicesDir)
    .map((name) => join(servicesDir, name))
    .filter((dir) => existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'main.ts')))
    .flatMap((dir) => {
      const parsed = servicePackage.safeParse(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
      if (!parsed.success) return [];
      const short = parsed.data.name.replace(/^@sluice\//, '');
      return [{ name: short, dir, main: join(dir, 'src', 'main.ts'), httpPort: parsed.data.sluice.httpPort, order: parsed.data.sluice.order }];
    })
    .sort((a, b) => a.order - b.order);
}
