import { manualClock } from '@sluice/resilience';
import { erpContractSuite } from './erp-contract-suite';
import { defaultErpHttpClientOptions, ErpHttpClient } from './erp-http-client';
import { startErpSimulator } from './erp-simulator';
import { inMemoryErpClient } from './in-memory-erp-client';

erpContractSuite('in-memory client', (records) =>
  Promise.resolve({ client: inMemoryErpClient(records), close: () => Promise.resolve() }),
);

erpContractSuite('HTTP client + simulator', async (records) => {
  const simulator = await startErpSimulator({ records });
  const client = new ErpHttpClient(
    { ...defaultErpHttpClientOptions, baseUrl: simulator.url },
    { clock: manualClock(), random: () => 0.5 },
  );
  return { client, close: () => simulator.close() };
});
