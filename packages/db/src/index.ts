export { runMigrations, readMigrations, migrationsDir } from './migrate';
export type { Migration, MigrationResult } from './migrate';
export { ensureDatabase } from './ensure-database';
export { createPool } from './create-pool';
export type { PoolConfig, PoolLogger } from './create-pool';
export { claimDocuments, documentClaimsTable } from './document-claims';
export type { Claim, ClaimStore } from './document-claims';
