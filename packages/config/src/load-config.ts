import { z } from 'zod';
import { SluiceError } from '@sluice/errors';

export type Env = Record<string, string | undefined>;

/**
 * Validates `env` against one zod object schema for the whole process and reports every problem at
 * once, each naming its variable. Call it once at start; pass `env` explicitly in tests.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: Env = process.env): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    const value = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
    return `  ${name}: ${issue.message}${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`;
  });
  throw new SluiceError('CONFIG', `invalid configuration:\n${lines.join('\n')}`);
}

/** Comma-separated host:port list, e.g. `127.0.0.1:19092,127.0.0.1:19094`. */
export const brokerList = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'each broker must be host:port'))
      .min(1, 'at least one broker'),
  );

export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' });

/** Positive integer read from a string, e.g. `BATCH_MAX_WAIT_MS=50`. */
export const positiveInt = z.coerce.number().int().positive();

/** `true`/`false` (also `1`/`0`, `yes`/`no`), never a truthy string. */
export const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');
