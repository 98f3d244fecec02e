import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { startHealthServer } from './health-server';

describe('health server', () => {
  it('/healthz answers 503 with the problem when liveness reports one; /readyz names failing checks', async () => {
    let problem: string | undefined;
    const server = await startHealthServer({ port: 0, host: '127.0.0.1', registry: new Registry(), checks: { database: () => false, joined: () => true }, liveness: () => problem });
    try {
      const get = async (path: string) => {
        const response = await fetch(`http://127.0.0.1:${server.port}${path}`);
        return { status: response.status, body: (await response.json()) };
      };
      expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
      problem = 'consumer-crashed';
      expect(await get('/healthz')).toEqual({ status: 503, body: { status: 'failing', problem: 'consumer-crashed' } });
      expect(await get('/readyz')).toEqual({ status: 503, body: { ready: false, failing: ['database'] } });
    } finally {
      await server.close();
    }
  });
});
