import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { StackEndpoints } from '@sluice/local-stack';

/** Endpoints of the stack the integration project's global setup obtained. */
export function integrationStack(): StackEndpoints {
  return inject('stack');
}

/** A name no other test (or earlier run) uses: topics, consumer groups, tenants, subjects. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}
