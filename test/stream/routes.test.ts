import { describe, expect } from 'vitest';
import { ensureTopics, planTopics } from '@sluice/contracts';
import { kafkaTest as test } from '@sluice/testkit';
import { defineService } from '@sluice/stream';
import { EXTRACTED, INGESTED, extractService } from './fixtures/extract-service';
import { runInProcess } from './in-process';

describe('extra HTTP routes', () => {
  test('a route added through `routes` answers on the service port beside /healthz', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    const service = defineService({
      ...extractService(),
      routes: (router) => {
        router.get('/documents/:id', (request, response) => {
          response.json({ id: request.params.id, stages: [] });
        });
      },
    });
    const running = await runInProcess(service, kafka, serde, { httpPort: 0 });
    try {
      const base = `http://127.0.0.1:${running.port}`;
      const answer = await fetch(`${base}/documents/doc-7`);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ id: 'doc-7', stages: [] });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
    } finally {
      await running.stop();
    }
  });
});
