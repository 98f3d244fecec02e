import type pg from 'pg';
import { AccountStore } from '@sluice/accounts';

/** The demo's reviewer; its password is printed by `npm start`, so it is for local demos only. */
export const demoReviewer = { username: 'demo-reviewer', password: 'sluice-demo-review' } as const;

/**
 * Creates the demo reviewer for `tenant`, or resets it to the demo password and tenant: running
 * `npm start` again never fails on an existing account and always prints a sign-in that works.
 */
export async function ensureDemoReviewer(pool: pg.Pool, tenant: string): Promise<typeof demoReviewer> {
  await new AccountStore(pool).add({ ...demoReviewer, role: 'reviewer', tenants: [tenant] }, { replace: true });
  return demoReviewer;
}
