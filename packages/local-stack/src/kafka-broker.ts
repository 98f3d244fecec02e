import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { unreachableStatus, type ComponentStatus, type StackComponent } from './component';
import { ensureKafkaJars, kafkaVersion } from './maven-artifacts';
import { checkJvmTooling } from './prerequisites';
import { runningPid, startAndWait, stopProcess, waitUntil } from './process-control';
import { assetsDir, type StackPaths } from './stack-paths';
import { SluiceError } from '@sluice/errors';

const run = promisify(execFile);

export const LOCAL_KAFKA_CLIENT_PORT = 19092;
export const LOCAL_KAFKA_CONTROLLER_PORT = 19093;

/** Flags from Kafka's bin/kafka-run-class.sh and kafka-server-start.sh, with a smaller heap. */
const jvmFlags = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:MaxGCPauseMillis=20',
  '-XX:InitiatingHeapOccupancyPercent=35',
  '-XX:+ExplicitGCInvokesConcurrent',
  '-Djava.awt.headless=true',
];

/** The broker's two ports: clients', and the KRaft controller's (never used by clients). */
export interface KafkaPorts {
  client: number;
  controller: number;
}

const localPorts: KafkaPorts = { client: LOCAL_KAFKA_CLIENT_PORT, controller: LOCAL_KAFKA_CONTROLLER_PORT };

/** Single-node KRaft broker+controller; clients use 19092 (or `ports.client`), never the controller port. */
export function serverProperties(dataDir: string, ports: KafkaPorts = localPorts): string {
  return `# Written by sluice stack up; see packages/local-stack/src/kafka-broker.ts
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${ports.controller}
listeners=PLAINTEXT://127.0.0.1:${ports.client},CONTROLLER://127.0.0.1:${ports.controller}
advertised.listeners=PLAINTEXT://127.0.0.1:${ports.client}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=${dataDir}
num.partitions=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=4
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
`;
}

export async function probeKafka(brokers: string[]): Promise<{ brokers: number; clusterId: string }> {
  const admin = new Kafka({
    clientId: 'sluice-stack',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2_000,
    retry: { retries: 0 },
  }).admin();
  await admin.connect();
  try {
    const cluster = await admin.describeCluster();
    return { brokers: cluster.brokers.length, clusterId: cluster.clusterId };
  } finally {
    await admin.disconnect();
  }
}

/**
 * A broker answers metadata requests before its group and transaction coordinators are usable:
 * `__consumer_offsets` and `__transaction_state` are created on first use and then loaded, and
 * until then clients get COORDINATOR_LOAD_IN_PROGRESS / GROUP_COORDINATOR_NOT_AVAILABLE (not every
 * kafkajs call retries those). Finding a group coordinator and initialising a transactional
 * producer makes both exist and load, so "ready" means ready for consumer groups and transactions.
 */
export async function warmUpCoordinators(brokers: string[], timeoutMs = 60_000): Promise<void> {
  // kafkajs retries coordinator lookups itself (and an idempotent producer needs retries), a few quick ones.
  const kafka = new Kafka({
    clientId: 'sluice-stack-warmup',
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 5, initialRetryTime: 100 },
  });
  await waitUntil(
    'Kafka group and transaction coordinators',
    async () => {
      const admin = kafka.admin();
      await admin.connect();
      try {
        await admin.describeGroups(['sluice-stack-warmup']);
      } finally {
        await admin.disconnect();
      }
      const producer = kafka.producer({
        transactionalId: 'sluice-stack-warmup',
        maxInFlightRequests: 1,
        idempotent: true,
      });
      await producer.connect(); // InitProducerId: finds and loads the transaction coordinator
      try {
        const transaction = await producer.transaction();
        await transaction.abort();
      } finally {
        await producer.disconnect();
      }
      return true;
    },
    { timeoutMs, intervalMs: 500 },
  );
}

/**
 * Which cluster a broker is before it starts: the id (DescribeCluster, or the `cluster.id` kept
 * beside the data), and whether its storage is still unformatted, i.e. it holds no records yet.
 */
export interface KafkaIdentity {
  clusterId: string;
  unformatted: boolean;
}

export class KafkaBroker implements StackComponent {
  readonly name = 'kafka';
  readonly mode: ComponentStatus['mode'];
  readonly endpoint: string;
  private readonly pidFile: string;
  private readonly logFile: string;
  private readonly home: string;
  private classpath?: Promise<string>;

  /**
   * `ports` other than the local stack's (and `paths` of its own, sharing `cache`) start a second,
   * private broker beside it: the fault drills restart one without touching the shared stack.
   */
  constructor(
    private readonly paths: StackPaths,
    externalBrokers?: string[],
    private readonly ports: KafkaPorts = localPorts,
  ) {
    this.mode = externalBrokers ? 'external' : 'local';
    this.endpoint = (externalBrokers ?? [`127.0.0.1:${ports.client}`]).join(',');
    this.pidFile = join(paths.run, 'kafka.pid');
    this.logFile = join(paths.logs, 'kafka.log');
    this.home = join(paths.data, 'kafka');
  }

  private get brokers(): string[] {
    return this.endpoint.split(',');
  }

  async up(): Promise<{ started: boolean }> {
    if (await this.answers()) {
      await warmUpCoordinators(this.brokers);
      return { started: false };
    }
    const classpath = await this.jars();
    const config = join(this.home, 'server.properties');
    mkdirSync(this.home, { recursive: true });
    writeFileSync(config, serverProperties(this.logDir, this.ports));
    await this.formatStorageOnce(classpath, config);
    const java = {
      command: 'java',
      args: [
        ...jvmFlags,
        `-Dlog4j2.configurationFile=${join(assetsDir, 'kafka', 'log4j2.yaml')}`,
        `-Dkafka.logs.dir=${this.paths.logs}`,
        '-cp',
        classpath,
        'kafka.Kafka',
        config,
      ],
      logFile: this.logFile,
      pidFile: this.pidFile,
    };
    await startAndWait('Kafka broker', java, () => this.answers(), { timeoutMs: 90_000 });
    await warmUpCoordinators(this.brokers);
    return { started: true };
  }

  /**
   * The cluster this broker is, or will be once `up` starts it: the running broker's id
   * (DescribeCluster), else the one kept in `cluster.id` (chosen now when missing), and whether the
   * storage is still unformatted. `LocalStack.up` settles which cluster owns the database with it
   * before `up` formats the storage, so an `up` that stops in between decides the same way next time.
   * Throws UNAVAILABLE when external brokers (KAFKA_BROKERS) do not answer.
   */
  async identify(): Promise<KafkaIdentity> {
    try {
      return { clusterId: (await probeKafka(this.brokers)).clusterId, unformatted: false };
    } catch (error) {
      if (this.mode === 'external') {
        throw new SluiceError('UNAVAILABLE', `Kafka at KAFKA_BROKERS=${this.endpoint} does not answer`, { cause: error });
      }
    }
    const clusterId = await this.clusterIdOnce(await this.jars());
    // `kafka-storage format` writes meta.properties into the log directory; before that the broker has no records.
    return { clusterId, unformatted: !existsSync(join(this.logDir, 'meta.properties')) };
  }

  /**
   * `identify()`'s cluster id without its side effects (no Java, no new `cluster.id`): the running
   * broker's (DescribeCluster), else the one kept in `cluster.id`, else null (never formatted here,
   * or external brokers that do not answer). For `stack databases | prune`.
   */
  async knownClusterId(): Promise<string | null> {
    try {
      return (await probeKafka(this.brokers)).clusterId;
    } catch {
      const idFile = join(this.home, 'cluster.id');
      return this.mode === 'local' && existsSync(idFile) ? readFileSync(idFile, 'utf8').trim() || null : null;
    }
  }

  private get logDir(): string {
    return join(this.home, 'data');
  }

  /** The broker's classpath (Java and Maven checked, jars fetched once per process). */
  private jars(): Promise<string> {
    if (this.mode === 'external')
      return Promise.reject(new SluiceError('UNAVAILABLE', `Kafka at KAFKA_BROKERS=${this.endpoint} does not answer`));
    this.classpath ??= (async () => {
      await checkJvmTooling();
      return `${await ensureKafkaJars(this.paths.cache)}/*`;
    })();
    return this.classpath;
  }

  /** The cluster id for this data directory, chosen once (`kafka-storage random-uuid`) and kept in `cluster.id`. */
  private async clusterIdOnce(classpath: string): Promise<string> {
    const idFile = join(this.home, 'cluster.id');
    if (!existsSync(idFile)) {
      const { stdout } = await run('java', ['-cp', classpath, 'kafka.tools.StorageTool', 'random-uuid']);
      mkdirSync(this.home, { recursive: true });
      writeFileSync(idFile, stdout.trim().split('\n').pop() ?? '');
    }
    return readFileSync(idFile, 'utf8').trim();
  }

  /** `kafka-storage format` once per data directory, with the id kept beside it. */
  private async formatStorageOnce(classpath: string, config: string): Promise<void> {
    const clusterId = await this.clusterIdOnce(classpath);
    await run('java', [
      `-Dlog4j2.configurationFile=${join(assetsDir, 'kafka', 'log4j2.yaml')}`,
      '-cp',
      classpath,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      config,
      '--ignore-formatted',
    ]);
  }

  async down(): Promise<{ stopped: boolean }> {
    if (this.mode === 'external') return { stopped: false };
    // Controlled shutdown moves leadership and flushes logs; a few seconds on one node.
    return { stopped: await stopProcess(this.pidFile, 30_000) };
  }

  private async answers(): Promise<boolean> {
    try {
      await probeKafka(this.brokers);
      return true;
    } catch {
      return false;
    }
  }

  async status(): Promise<ComponentStatus> {
    const pid = this.mode === 'local' ? (runningPid(this.pidFile) ?? null) : null;
    try {
      const cluster = await probeKafka(this.brokers);
      return {
        name: this.name,
        mode: this.mode,
        endpoint: this.endpoint,
        healthy: true,
        // The admin API does not report a broker version; a local broker is the pinned one.
        version: this.mode === 'local' ? kafkaVersion() : null,
        pid,
        detail: `cluster ${cluster.clusterId}, ${cluster.brokers} broker(s)`,
      };
    } catch (error) {
      return unreachableStatus(this, pid, error);
    }
  }
}
