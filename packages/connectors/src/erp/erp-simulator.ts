import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import express, { type Request, type Response } from 'express';
import { ERP_CONTRACT_VERSION, erpContractVersionHeader, type ErpErrorBody } from './erp-contract';
import type { ErpRecords } from './erp-records';
import {
  erpSimulatorFaultsSchema,
  FaultPlan,
  noFaults,
  type ErpSimulatorFaults,
  type FaultOutcome,
} from './erp-simulator-faults';

export interface ErpSimulatorOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  faults: Partial<ErpSimulatorFaults>;
  /** The version announced in every answer; another major lets tests see a client refuse it. */
  contractVersion: string;
  /** Entries kept in the request log (oldest dropped first). */
  requestLogSize: number;
  /** What the ERP serves (`buildErpRecords` from reference vendors). */
  records: ErpRecords;
  /** Draws in [0, 1) deciding random faults (error rate); inject a fixed sequence in tests. */
  random: () => number;
  /** Called with each log entry as it is written (the CLI prints them). */
  onRequest?: (entry: ErpRequestLogEntry) => void;
}

export const defaultErpSimulatorOptions = {
  host: '127.0.0.1',
  port: 0,
  faults: {},
  contractVersion: ERP_CONTRACT_VERSION,
  requestLogSize: 1000,
  random: Math.random,
} satisfies Partial<ErpSimulatorOptions>;

export interface ErpRequestLogEntry {
  at: string;
  method: string;
  path: string;
  status: number;
  fault: FaultOutcome;
  latencyMs: number;
}

export interface RunningErpSimulator {
  url: string;
  port: number;
  records: ErpRecords;
  /** Every request answered, oldest first (bounded by `requestLogSize`). */
  readonly requests: readonly ErpRequestLogEntry[];
  readonly faults: ErpSimulatorFaults;
  setFaults(partial: Partial<ErpSimulatorFaults>): ErpSimulatorFaults;
  close(): Promise<void>;
}

function errorBody(
  code: ErpErrorBody['error']['code'],
  message: string,
  retryAfterSeconds?: number,
): ErpErrorBody {
  return { error: { code, message, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) } };
}

/**
 * An ERP that serves the `erp/v1` contract from the records it is given, with injectable latency,
 * 503s, 429s with Retry-After and outages: for contract tests, fault drills and `sluice simulate erp`.
 */
export async function startErpSimulator(
  overrides: Partial<ErpSimulatorOptions> & Pick<ErpSimulatorOptions, 'records'>,
): Promise<RunningErpSimulator> {
  const options: ErpSimulatorOptions = { ...defaultErpSimulatorOptions, ...overrides };
  const { records } = options;
  const plan = new FaultPlan(erpSimulatorFaultsSchema.parse({ ...noFaults, ...options.faults }), options.random, Date.now);
  const requests: ErpRequestLogEntry[] = [];

  const app = express();
  app.disable('x-powered-by');
  app.use(express.json());

  // Simulator controls live outside the contract's paths and are never faulted.
  app.get('/_simulator/requests', (_req, res) => void res.json({ requests }));
  app.put('/_simulator/faults', (req: Request, res: Response) => {
    const parsed = erpSimulatorFaultsSchema.partial().safeParse(req.body);
    if (!parsed.success) return void res.status(400).json(errorBody('bad_request', parsed.error.message));
    res.json({ faults: plan.update(parsed.data) });
  });

  app.use('/erp', async (req, res, next) => {
    const latencyMs = plan.settings.latencyMs;
    const fault = plan.next();
    res.setHeader(erpContractVersionHeader, options.contractVersion);
    res.on('finish', () => {
      const entry = {
        at: new Date().toISOString(),
        method: req.method,
        path: req.originalUrl,
        status: res.statusCode,
        fault,
        latencyMs,
      };
      requests.push(entry);
      options.onRequest?.(entry);
      if (requests.length > options.requestLogSize) requests.shift();
    });
    if (latencyMs > 0) await sleep(latencyMs);
    const retryAfter = plan.settings.retryAfterSeconds;
    if (fault === 'outage') {
      res.setHeader('retry-after', String(retryAfter));
      return void res.status(503).json(errorBody('unavailable', 'simulated outage', retryAfter));
    }
    if (fault === 'rate-limited') {
      res.setHeader('retry-after', String(retryAfter));
      return void res.status(429).json(errorBody('rate_limited', 'simulated rate limit', retryAfter));
    }
    if (fault === 'error')
      return void res.status(503).json(errorBody('unavailable', 'simulated server error'));
    next();
  });

  app.get(
    '/erp/v1/health',
    (_req, res) => void res.json({ status: 'ok', contractVersion: options.contractVersion }),
  );

  app.get('/erp/v1/vendors/:id', (req, res) => {
    const vendor = records.vendors.get(req.params.id);
    if (vendor === undefined)
      return void res.status(404).json(errorBody('not_found', `no vendor ${req.params.id}`));
    res.json({ vendor });
  });

  app.get('/erp/v1/vendors/:id/purchase-orders', (req, res) => {
    if (req.query.status !== 'open') {
      return void res.status(400).json(errorBody('bad_request', 'status=open is the only supported filter'));
    }
    if (!records.vendors.has(req.params.id))
      return void res.status(404).json(errorBody('not_found', `no vendor ${req.params.id}`));
    const purchaseOrders = records.purchaseOrders.filter(
      (po) => po.vendorId === req.params.id && po.status === 'open',
    );
    res.json({ purchaseOrders });
  });

  app.use(
    '/erp',
    (req, res) =>
      void res.status(404).json(errorBody('not_found', `no route ${req.method} ${req.originalUrl}`)),
  );

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port, options.host, () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    port,
    records,
    requests,
    get faults() {
      return plan.settings;
    },
    setFaults: (partial) => plan.update(partial),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets of clients would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
