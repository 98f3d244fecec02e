import { Kafka, logLevel } from 'kafkajs';
import { createRootLogger, exitOnFatalError } from '@sluice/config';
import { AvroSerde } from '@sluice/contracts';
import { createPool } from '@sluice/db';
import { stopOnSignals } from '@sluice/stream';
import { loadGatewayConfig } from './gateway-config';
import { startGateway } from './start-gateway';

exitOnFatalError('gateway');

const config = loadGatewayConfig();
const logger = createRootLogger('gateway', config);
const pool = createPool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_MAX }, logger);
const gateway = await startGateway({
  config,
  kafka: new Kafka({ clientId: 'gateway', brokers: config.KAFKA_BROKERS, logLevel: logLevel.WARN }),
  serde: AvroSerde.connect(config.SCHEMA_REGISTRY_URL, config.SLUICE_TOPIC_PREFIX),
  pool,
  logger,
});
stopOnSignals({ stop: () => gateway.close().finally(() => pool.end()) }, logger);
