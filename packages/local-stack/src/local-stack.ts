import { localStackDefaults } from '@sluice/config';
import type { ComponentStatus, StackComponent } from './component';
import { describeOwnership, settleDatabaseOwner, type DatabaseOwnership } from './database-owner';
import { KafkaBroker } from './kafka-broker';
import { Postgres } from './postgres';
import { listSetAsideDatabases, pruneSetAsideDatabases, type DatabaseInventory, type PruneOptions, type PruneOutcome } from './set-aside-databases';
import { SchemaRegistry } from './schema-registry';
import { stackPaths } from './stack-paths';

type Env = Record<string, string | undefined>;

export interface StackEndpoints {
  kafkaBrokers: string[];
  schemaRegistryUrl: string;
  databaseUrl: string;
}

export interface StackStatus {
  healthy: boolean;
  components: ComponentStatus[];
}

export interface StackUpResult extends StackStatus {
  /** Components this call started or prepared; empty when everything was already running. */
  started: string[];
  /** Which Kafka cluster the local database belongs to and what `up` did about it; absent when either is external. */
  database?: DatabaseOwnership;
}

/**
 * Kafka, the schema registry and PostgreSQL as one unit. A variable that is set
 * (KAFKA_BROKERS, SCHEMA_REGISTRY_URL, DATABASE_URL) means "use that, start nothing for it".
 */
export class LocalStack {
  readonly kafka: KafkaBroker;
  readonly registry: SchemaRegistry;
  readonly postgres: Postgres;
  private readonly databaseUrl: string;

  constructor(env: Env = process.env) {
    const paths = stackPaths(env);
    const brokers = env.KAFKA_BROKERS?.split(',').map((broker) => broker.trim()).filter(Boolean);
    this.kafka = new KafkaBroker(paths, brokers?.length ? brokers : undefined);
    this.registry = new SchemaRegistry(paths, this.kafka.endpoint, env.SCHEMA_REGISTRY_URL || undefined);
    this.databaseUrl = env.DATABASE_URL || localStackDefaults.DATABASE_URL;
    this.postgres = new Postgres(this.databaseUrl, Boolean(env.DATABASE_URL));
  }

  get components(): StackComponent[] {
    return [this.kafka, this.registry, this.postgres];
  }

  get endpoints(): StackEndpoints {
    return {
      kafkaBrokers: this.kafka.endpoint.split(','),
      schemaRegistryUrl: this.registry.endpoint,
      databaseUrl: this.databaseUrl,
    };
  }

  /**
   * Idempotent: components that already answer are left alone. The database belongs to one Kafka
   * cluster (its claims, decisions and fingerprints refer to that cluster's records), so when the
   * stack owns both it settles the owner (`settleDatabaseOwner`) before the broker formats its
   * storage; then Kafka, then the registry, which keeps its journal in Kafka.
   */
  async up(onProgress: (message: string) => void = () => {}): Promise<StackUpResult> {
    const started = new Set<string>();
    const bring = async (component: StackComponent) => {
      const result = await component.up();
      if (result.started) started.add(component.name);
      onProgress(`${component.name} ${result.started ? 'started' : 'already running'}`);
    };
    const ownsDatabase = this.postgres.mode === 'local' && this.kafka.mode === 'local';
    const [kafka] = await Promise.all([ownsDatabase ? this.kafka.identify() : undefined, bring(this.postgres)]);
    let database: DatabaseOwnership | undefined;
    if (kafka) {
      database = await settleDatabaseOwner(this.databaseUrl, kafka);
      const line = describeOwnership(database);
      if (line) {
        started.add(this.postgres.name);
        onProgress(line);
      }
    }
    await bring(this.kafka);
    await bring(this.registry);
    return { ...(await this.status()), started: [...started], ...(database && { database }) };
  }

  /** The databases `up` set aside from the stack's database, with this clone's cluster (`listSetAsideDatabases`). */
  async setAsideDatabases(): Promise<DatabaseInventory> {
    return listSetAsideDatabases(this.databaseUrl, await this.kafka.knownClusterId());
  }

  /** Drops set-aside databases no longer wanted (`pruneSetAsideDatabases`; this clone's cluster's only when named). */
  async pruneSetAsideDatabases(options: PruneOptions): Promise<PruneOutcome> {
    return pruneSetAsideDatabases(this.databaseUrl, await this.kafka.knownClusterId(), options);
  }

  /** Stops, in reverse order, only what `up` started. */
  async down(): Promise<string[]> {
    const stopped: string[] = [];
    for (const component of [this.registry, this.kafka, this.postgres]) {
      if ((await component.down()).stopped) stopped.push(component.name);
    }
    return stopped;
  }

  async status(): Promise<StackStatus> {
    const components = await Promise.all(this.components.map((component) => component.status()));
    return { healthy: components.every((component) => component.healthy), components };
  }
}
