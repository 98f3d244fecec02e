import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { AccountStore, canRead, principalOf, readableTenants, sessionAuth, type SessionStore } from '@sluice/accounts';
import { costReport, readableLineage } from '@sluice/audit';
import { isSluiceError } from '@sluice/errors';
import { entryView } from '../entry-view';
import type { QueueStore } from '../queue-store';
import type { ActionResult, ReviewActions } from '../review-actions';
import { claimNextBody, costQuery, decisionBody, queueQuery, signInBody } from './api-schemas';
import { openApiDocument } from './openapi-document';
import type { PipelineMetrics } from './pipeline-metrics';

export interface ReviewApiDeps {
  pool: pg.Pool;
  store: QueueStore;
  actions: ReviewActions;
  accounts: AccountStore;
  sessions: SessionStore;
  secureCookie: boolean;
  pipeline: Pick<PipelineMetrics, 'snapshot'>;
  logger: Logger;
  now?: () => number;
}

class BadRequest extends Error {}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw new BadRequest(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
  return parsed.data;
}

/**
 * The review API under /api (and /openapi.json). Every /api route but sign-in needs a session
 * (401); writes need the session's CSRF token (403); each document is checked against the
 * caller's tenants (403) before anything about it is said or done.
 */
export function reviewApi(deps: ReviewApiDeps): Router {
  const now = deps.now ?? Date.now;
  const auth = sessionAuth({ sessions: deps.sessions, secureCookie: deps.secureCookie });
  const router = Router();
  const api = Router();
  api.use(express.json({ limit: '256kb' }));

  const spec = openApiDocument('1');
  router.get('/openapi.json', (_req, res) => {
    res.json(spec);
  });

  api.post('/session', async (req, res) => {
    const body = parse(signInBody, req.body);
    const principal = await deps.accounts.authenticate(body.username, body.password);
    if (!principal) {
      res.status(401).json({ error: 'wrong username or password', code: 'UNAUTHENTICATED' });
      return;
    }
    const { token, session } = await deps.sessions.create(principal);
    auth.setCookie(res, token, session.expiresAt);
    res.json({ ...principal, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() });
  });

  api.use(auth.authenticate, auth.requireCsrf);

  api.get('/session', (_req, res) => {
    const session = res.locals.session as { principal: object; csrfToken: string; expiresAt: Date };
    res.json({ ...session.principal, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() });
  });

  api.delete('/session', async (req, res) => {
    const token = auth.tokenOf(req);
    if (token) await deps.sessions.revoke(token);
    auth.clearCookie(res);
    res.status(204).end();
  });

  api.get('/reviews', async (req, res) => {
    const query = parse(queueQuery, req.query);
    const who = principalOf(res);
    const tenants = readableTenants(who);
    if (query.tenant && !canRead(who, query.tenant)) {
      res.status(403).json({ error: `${who.username} may not read tenant ${query.tenant}`, code: 'FORBIDDEN' });
      return;
    }
    const at = now();
    const entries = await deps.store.list({
      tenants,
      tenant: query.tenant,
      kind: query.kind,
      reason: query.reason,
      band: query.band,
      minAgeMs: query.minAgeMinutes === undefined ? undefined : query.minAgeMinutes * 60_000,
      status: query.status,
      limit: query.limit,
      now: at,
    });
    res.json({ items: entries.map((entry) => entryView(entry, at)), counts: await deps.store.counts(query.tenant ? [query.tenant] : tenants, at) });
  });

  /** 404 for an unknown document, 403 for one of a tenant the caller may not read; otherwise the entry. */
  async function readable(req: Request, res: Response) {
    const id = String(req.params.id);
    const entry = await deps.store.get(id);
    if (!entry) {
      res.status(404).json({ error: `document ${id} is not in the review queue`, code: 'NOT_FOUND' });
      return undefined;
    }
    const who = principalOf(res);
    if (!canRead(who, entry.tenant)) {
      res.status(403).json({ error: `${who.username} may not read tenant ${entry.tenant}`, code: 'FORBIDDEN' });
      return undefined;
    }
    return entry;
  }

  async function answer(res: Response, result: ActionResult, id: string) {
    if (result === undefined) {
      res.status(404).json({ error: `document ${id} is not in the review queue`, code: 'NOT_FOUND' });
      return;
    }
    if (!result.ok) {
      res.status(result.status).json({
        error: result.error,
        code: result.code,
        ...(result.holder ? { holder: result.holder, until: new Date(result.until!).toISOString() } : {}),
      });
      return;
    }
    res.json(entryView(result.entry, now(), await deps.store.context(result.entry.documentId)));
  }

  api.post('/reviews/claim-next', async (req, res) => {
    const body = parse(claimNextBody, req.body);
    const result = await deps.actions.claimNext(principalOf(res), body.tenant);
    if (result === undefined) {
      res.status(204).end();
      return;
    }
    await answer(res, result, '');
  });

  api.get('/reviews/:id', async (req, res) => {
    const entry = await readable(req, res);
    if (!entry) return;
    const context = await deps.store.context(entry.documentId);
    res.json({
      ...entryView(entry, now(), context),
      text: context?.text ?? null,
      language: context?.language ?? null,
      model: context?.model ?? null,
    });
  });

  // Writes need no separate read check: the transition refuses other tenants (403) under the row lock.
  for (const action of ['claim', 'heartbeat', 'release'] as const) {
    api.post(`/reviews/:id/${action}`, async (req, res) => {
      const id = String(req.params.id);
      await answer(res, await deps.actions[action](id, principalOf(res)), id);
    });
  }

  api.post('/reviews/:id/decision', async (req, res) => {
    const body = parse(decisionBody, req.body);
    const id = String(req.params.id);
    await answer(res, await deps.actions.decide(id, principalOf(res), body), id);
  });

  // Scoped by tenant like the auditor's GET /documents/:id: a shared id needs ?tenant= (409 otherwise).
  api.get('/documents/:id/lineage', async (req, res) => {
    const who = principalOf(res);
    const answer = await readableLineage(deps.pool, String(req.params.id), {
      namespace: deps.store.scope,
      ...(typeof req.query.tenant === 'string' ? { tenant: req.query.tenant } : {}),
      reader: who.username,
      canRead: (tenant) => canRead(who, tenant),
    });
    if ('lineage' in answer) res.json(answer.lineage);
    else res.status(answer.status).json({ error: answer.error, code: answer.code });
  });

  api.get('/costs', async (req, res) => {
    const query = parse(costQuery, req.query);
    const who = principalOf(res);
    if (query.tenant && !canRead(who, query.tenant)) {
      res.status(403).json({ error: `${who.username} may not read tenant ${query.tenant}`, code: 'FORBIDDEN' });
      return;
    }
    const tenants = query.tenant ? [query.tenant] : readableTenants(who);
    if (tenants === null) {
      res.json(await costReport(deps.pool, query.by, { namespace: deps.store.scope }));
      return;
    }
    const rows = await Promise.all(tenants.map((tenant) => costReport(deps.pool, query.by, { tenant, namespace: deps.store.scope })));
    res.json(rows.flat());
  });

  api.get('/pipeline', (_req, res) => {
    res.json(deps.pipeline.snapshot());
  });

  api.use((_req, res) => {
    res.status(404).json({ error: 'no such API route', code: 'NOT_FOUND' });
  });

  // Express 5 passes rejected promises of async handlers here.
  api.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error instanceof BadRequest) {
      res.status(400).json({ error: error.message, code: 'BAD_REQUEST' });
      return;
    }
    if ((error as { type?: string }).type === 'entity.parse.failed') {
      res.status(400).json({ error: 'body is not valid JSON', code: 'BAD_REQUEST' });
      return;
    }
    const retryable = isSluiceError(error) && error.retryable;
    deps.logger.error({ err: error }, 'review API request failed');
    res.status(retryable ? 503 : 500).json({ error: (error as Error).message, code: isSluiceError(error) ? error.code : 'INTERNAL' });
  });

  router.use('/api', api);
  return router;
}
