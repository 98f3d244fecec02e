import { Router, type Request, type Response } from 'express';
import type pg from 'pg';
import { canRead, principalOf, readableTenants, sessionAuth, type SessionStore } from '@sluice/accounts';
import { AuditLog, costReport, readableLineage } from '@sluice/audit';

const groups = new Set(['tenant', 'action', 'document']);

function handle(work: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response) => {
    work(req, res).catch((error: unknown) => res.status(500).json({ error: (error as Error).message }));
  };
}

function forbidden(res: Response, tenant: string): void {
  res.status(403).json({ error: `${principalOf(res).username} may not read tenant ${tenant}`, code: 'FORBIDDEN' });
}

export interface AuditApiDeps {
  pool: pg.Pool;
  /** Sessions of the review console's accounts (packages/accounts): the same people, the same rule. */
  sessions: SessionStore;
  secureCookie?: boolean;
  ownNamespace?: string;
}

/**
 * The auditor's read API: lineage of a document (every stage, model, prompt, timings, decision,
 * reviewer), cost per document / tenant / action, and chain verification. Each reads the auditor's
 * own namespace unless `?namespace=` names another (a shadow's `shadow.<name>.`, production's '').
 *
 * The same rule as the review console: a session (sign in at the console; the cookie is sent to
 * this port too) or 401; reviewers read only their tenants (403), auditors every tenant; verifying
 * every chain at once is for auditors.
 */
export function auditApi({ pool, sessions, secureCookie = false, ownNamespace = '' }: AuditApiDeps): Router {
  const router = Router();
  const auth = sessionAuth({ sessions, secureCookie });
  const namespaceOf = (req: Request) => (typeof req.query.namespace === 'string' ? req.query.namespace : ownNamespace);
  router.use(['/documents', '/costs', '/audit'], auth.authenticate);

  router.get(
    '/documents/:id',
    handle(async (req, res) => {
      const who = principalOf(res);
      const answer = await readableLineage(pool, String(req.params.id), {
        namespace: namespaceOf(req),
        ...(typeof req.query.tenant === 'string' ? { tenant: req.query.tenant } : {}),
        reader: who.username,
        canRead: (tenant) => canRead(who, tenant),
      });
      if ('lineage' in answer) res.json(answer.lineage);
      else res.status(answer.status).json({ error: answer.error, code: answer.code });
    }),
  );

  router.get(
    '/costs',
    handle(async (req, res) => {
      const by = typeof req.query.by === 'string' ? req.query.by : 'tenant';
      if (!groups.has(by)) {
        res.status(400).json({ error: 'by must be tenant, action or document' });
        return;
      }
      const tenant = typeof req.query.tenant === 'string' ? req.query.tenant : undefined;
      const who = principalOf(res);
      if (tenant !== undefined && !canRead(who, tenant)) return forbidden(res, tenant);
      const tenants = tenant !== undefined ? [tenant] : readableTenants(who);
      const namespace = namespaceOf(req);
      if (tenants === null) {
        res.json(await costReport(pool, by as 'tenant', { namespace }));
        return;
      }
      const rows = await Promise.all(tenants.map((t) => costReport(pool, by as 'tenant', { namespace, tenant: t })));
      res.json(rows.flat());
    }),
  );

  router.get(
    '/audit/verify',
    handle(async (req, res) => {
      const tenant = typeof req.query.tenant === 'string' ? req.query.tenant : undefined;
      const who = principalOf(res);
      if (tenant !== undefined && !canRead(who, tenant)) return forbidden(res, tenant);
      if (tenant === undefined && who.role !== 'auditor') {
        res.status(403).json({ error: 'verifying every tenant chain is for auditors; name one of your tenants with ?tenant=', code: 'FORBIDDEN' });
        return;
      }
      const result = await new AuditLog(pool, namespaceOf(req)).verify(tenant ? { tenant } : {});
      res.status(result.ok ? 200 : 409).json(result);
    }),
  );

  return router;
}
