import { Router, type Request, type Response } from 'express';
import type pg from 'pg';
import { AuditLog, costReport, documentLineage } from '@sluice/audit';

const groups = new Set(['tenant', 'action', 'document']);

function handle(work: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response) => {
    work(req, res).catch((error: unknown) => res.status(500).json({ error: (error as Error).message }));
  };
}

/**
 * The auditor's read API: lineage of a document (every stage, model, prompt, timings, decision,
 * reviewer), cost per document / tenant / action, and chain verification. Each reads the auditor's
 * own namespace unless `?namespace=` names another (a shadow's `shadow.<name>.`, production's '').
 */
export function auditApi(pool: pg.Pool, ownNamespace = ''): Router {
  const router = Router();
  const namespaceOf = (req: Request) => (typeof req.query.namespace === 'string' ? req.query.namespace : ownNamespace);

  router.get(
    '/documents/:id',
    handle(async (req, res) => {
      const lineage = await documentLineage(pool, String(req.params.id), { namespace: namespaceOf(req) });
      if (lineage.steps.length === 0) {
        res.status(404).json({ error: `no audit entries for document ${String(req.params.id)}` });
        return;
      }
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
      res.json(await costReport(pool, by as 'tenant', { namespace: namespaceOf(req), ...(tenant ? { tenant } : {}) }));
    }),
  );

  router.get(
    '/audit/verify',
    handle(async (req, res) => {
      const tenant = typeof req.query.tenant === 'string' ? req.query.tenant : undefined;
      const result = await new AuditLog(pool, namespaceOf(req)).verify(tenant ? { tenant } : {});
      res.status(result.ok ? 200 : 409).json(result);
    }),
  );

  return router;
}
