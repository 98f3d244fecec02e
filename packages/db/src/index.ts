export { runMigrations, readMigrations, migrationsDir } from './migrate';
export type { Migration, MigrationResult } from './migrate';
export { ensureDatabase } from './ensure-database';
export { createPool } from './create-pool';
export { inTransaction } from './in-transaction';
export type { PoolConfig, PoolLogger } from './create-pool';
export { claimDocuments, contentHash, documentClaimsTable } from './document-claims';
export { canonicalJson } from './canonical-json';
export type { Claim, ClaimOutcome, ClaimStore } from './document-claims';
