import { manualClock } from '@sluice/testkit/manual-clock';
import { inMemoryErpClient } from '@sluice/testkit/erp-fixtures';
import { withoutSideEffects } from '../effects/without-side-effects';
import { erpOperationEffects } from './erp-client';
import { erpContractSuite } from '@sluice/testkit/erp-contract-suite';
import { defaultErpHttpClientOptions, ErpHttpClient } from './erp-http-client';
import { startErpSimulator } from './erp-simulator';

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

// What a shadow pipeline's enricher uses: reads pass through, so it keeps the whole contract.
erpContractSuite('shadow client (withoutSideEffects) over the in-memory client', (records) =>
  Promise.resolve({ client: withoutSideEffects(inMemoryErpClient(records), erpOperationEffects), close: () => Promise.resolve() }),
);
