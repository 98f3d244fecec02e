import { Router, type Request, type Response } from 'express';
import type pg from 'pg';
import { canRead, principalOf, readableTenants, sessionAuth, type SessionStore } from '@sluice/accounts';
import { AuditLog, costReport, documentLineage } from '@sluice/audit';

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
      // Ids are producer-assigned: two tenants may share one. `?tenant=` picks one; without it a
      // shared id resolves to the one tenant the reader may read, else 409 (name the tenant).
      const who = principalOf(res);
      const asked = typeof req.query.tenant === 'string' ? req.query.tenant : undefined;
      if (asked !== undefined && !canRead(who, asked)) return forbidden(res, asked);
      let lineage = await documentLineage(pool, String(req.params.id), { namespace: namespaceOf(req), tenant: asked });
      if (lineage.tenants.length > 1) {
        const mine = lineage.tenants.filter((candidate) => canRead(who, candidate));
        if (mine.length !== 1) {
          res.status(409).json({ error: `document id ${String(req.params.id)} is used by several tenants; pass ?tenant=`, code: 'AMBIGUOUS_TENANT' });
          return;
        }
        lineage = await documentLineage(pool, String(req.params.id), { namespace: namespaceOf(req), tenant: mine[0] });
      }
      if (lineage.steps.length === 0 || lineage.tenant === null) {
        res.status(404).json({ error: `no audit entries for document ${String(req.params.id)}` });
        return;
      }
      if (!canRead(principalOf(res), lineage.tenant)) return forbidden(res, lineage.tenant);
      res.json(lineage);
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
