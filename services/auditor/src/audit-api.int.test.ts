import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect } from 'vitest';
import { AccountStore, SESSION_COOKIE, SessionStore } from '@sluice/accounts';
import { AuditLog } from '@sluice/audit';
import { pgTest as test, uniqueName } from '@sluice/testkit';
import { auditApi } from './audit-api';

describe("the auditor's lineage and cost API", () => {
  test('answers only signed-in people, each for the tenants they may read', async ({ pool }) => {
    const namespace = `${uniqueName('t')}.`;
    const [acme, globex] = [uniqueName('acme'), uniqueName('globex')];
    const entry = (tenant: string, documentId: string) => ({ eventId: uniqueName('e'), tenant, documentId, service: 'validator', action: 'decided', occurredAt: Date.now(), entry: { costUsd: 0.01 } });
    // `shared-doc` is an id both tenants use (ids are producer-assigned): neither sees the other's steps.
    await new AuditLog(pool, namespace).append([entry(acme, `${acme}-doc`), entry(globex, `${globex}-doc`), entry(acme, 'shared-doc'), entry(globex, 'shared-doc')]);

    const accounts = new AccountStore(pool);
    const sessions = new SessionStore(pool, 3_600_000);
    const cookieOf = async (username: string, role: 'reviewer' | 'auditor', tenants: string[]) => {
      await accounts.add({ username, password: 'long enough', role, tenants }, { replace: true });
      const { token } = await sessions.create((await accounts.get(username))!);
      return `${SESSION_COOKIE}=${token}`;
    };
    const reviewer = await cookieOf(uniqueName('ana'), 'reviewer', [acme]);
    const auditor = await cookieOf(uniqueName('olu'), 'auditor', []);

    const app = express().use(auditApi({ pool, sessions, ownNamespace: namespace }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string, cookie?: string) => {
      const response = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
      return { status: response.status, body: (await response.json()) as Record<string, unknown>[] & Record<string, unknown> };
    };
    try {
      for (const path of [`/documents/${acme}-doc`, '/costs', '/audit/verify']) expect((await get(path)).status, path).toBe(401);
      expect((await get(`/documents/${acme}-doc`, 'sluice_session=forged')).status).toBe(401);

      expect((await get(`/documents/${acme}-doc`, reviewer)).body).toMatchObject({ tenant: acme });
      expect((await get(`/documents/${globex}-doc`, reviewer)).status).toBe(403);
      // Only the validator's step is recorded so far: the answer says the rest is still arriving.
      expect((await get('/documents/shared-doc', reviewer)).body).toMatchObject({
        tenant: acme,
        tenants: [acme],
        steps: [{ action: 'decided' }],
        completeness: { status: 'arriving', missing: expect.arrayContaining(['extractor:extracted', 'kafka:recorded documents.processed.v1']) as unknown },
      });
      expect((await get(`/costs?tenant=${globex}`, reviewer)).status).toBe(403);
      expect((await get('/costs', reviewer)).body.map((row) => row.key)).toEqual([acme]);
      expect((await get(`/audit/verify?tenant=${acme}`, reviewer)).status).toBe(200);
      expect((await get('/audit/verify', reviewer)).status).toBe(403);

      expect((await get(`/documents/${globex}-doc`, auditor)).body).toMatchObject({ tenant: globex });
      expect((await get('/documents/shared-doc', auditor)).status).toBe(409);
      expect((await get(`/documents/shared-doc?tenant=${globex}`, auditor)).body).toMatchObject({ tenant: globex, tenants: [globex] });
      expect((await get('/costs', auditor)).body.map((row) => row.key).sort()).toEqual([acme, globex].sort());
      expect((await get('/audit/verify', auditor)).body).toMatchObject({ ok: true, tenants: 2 });
    } finally {
      server.close();
    }
  });
});
