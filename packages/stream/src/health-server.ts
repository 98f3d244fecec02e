import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Router } from 'express';
import type { Registry } from 'prom-client';

export type ReadinessCheck = () => boolean | Promise<boolean | void>;

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * /healthz: the process serves and `liveness` reports no problem (the consumer has not crashed or
 * stopped, it still fetches); 503 names the problem. A stuck event loop fails it by timing out.
 * /readyz: every check passes (joined the group, dependencies reachable); 503 names the failing ones.
 * /metrics: the service's Prometheus registry.
 * `routes` adds the service's own routes (e.g. the auditor's lineage API) after these three.
 */
export async function startHealthServer(options: {
  port: number;
  host?: string;
  registry: Registry;
  checks: Record<string, ReadinessCheck>;
  /** Undefined while alive, else the reason /healthz fails. */
  liveness?: () => string | undefined;
  routes?: (router: Router) => void;
}): Promise<HealthServer> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_request, response) => {
    const problem = options.liveness?.();
    if (problem === undefined) response.json({ status: 'ok' });
    else response.status(503).json({ status: 'failing', problem });
  });
  app.get('/readyz', async (_request, response) => {
    const results = await Promise.all(
      Object.entries(options.checks).map(async ([name, check]) => {
        try {
          return [name, (await check()) !== false] as const;
        } catch {
          return [name, false] as const;
        }
      }),
    );
    const failing = results.filter(([, ok]) => !ok).map(([name]) => name);
    response.status(failing.length === 0 ? 200 : 503).json({ ready: failing.length === 0, failing });
  });
  app.get('/metrics', async (_request, response) => {
    response.type(options.registry.contentType).send(await options.registry.metrics());
  });
  if (options.routes) {
    const router = express.Router();
    options.routes(router);
    app.use(router);
  }
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port, options.host ?? '0.0.0.0', (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
