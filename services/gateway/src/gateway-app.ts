import { parse as parseContentDisposition } from 'content-disposition';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type pg from 'pg';
import type { Registry } from 'prom-client';
import type { BlobStore } from '@sluice/blob-store';
import type { DocumentIngested } from '@sluice/contracts';
import { mediaTypeOf, rawDocument, rawDocumentType } from '@sluice/parsing';
import type { ApiKeyScope, ApiKeyStore, Principal } from './api-key-store';
import { parseDocumentRequest, rawDocumentQuerySchema } from './document-request';
import type { DocumentOwnership } from './document-ownership';
import { documentState } from './document-state';
import type { GatewayMetrics, RequestOutcome } from './gateway-metrics';
import { HttpProblem, sendProblem } from './http-problem';
import type { IngestPublisher } from './ingest-publisher';
import type { LoadShedder } from './load-shedder';
import { openApiDocument } from './openapi-document';
import type { TenantRateLimit } from './tenant-rate-limit';

export interface GatewayAppDeps {
  keys: ApiKeyStore;
  publisher: IngestPublisher;
  ownership: DocumentOwnership;
  shedder: LoadShedder;
  rateLimit: TenantRateLimit;
  pool: pg.Pool;
  prefix: string;
  registry: Registry;
  metrics: GatewayMetrics;
  logger: Logger;
  limits: { maxDocuments: number; maxBodyBytes: number; maxFileBytes: number; inlineMaxBytes: number };
  /** The claim-check store for raw documents over `limits.inlineMaxBytes` (opened on first need). */
  blobs: () => BlobStore;
  /** Readiness: the lag sampler has a fresh reading and the database answers. */
  ready: () => Promise<{ ready: boolean; failing: string[] }>;
  now?: () => number;
}

function presentedKey(req: Request): string | undefined {
  const authorization = req.header('authorization');
  if (authorization?.toLowerCase().startsWith('bearer ')) return authorization.slice(7).trim();
  return req.header('x-api-key')?.trim() || undefined;
}

type Handler = (req: Request, res: Response, principal: Principal) => Promise<RequestOutcome>;

/**
 * The gateway's HTTP API (OpenAPI at /openapi.json): POST /v1/documents, GET /v1/documents/:id,
 * plus /healthz, /readyz and /metrics. Order of checks on a post: key (401), scope (403), load
 * shedding (429, before the body is read: cheap when overloaded), media type (415), body size
 * (413), JSON (400), contract (400, each field named), batch size (413), tenant (403), tenant rate
 * (429), id ownership (409), broker acknowledgement (503 when it fails), then 202.
 * A raw document (message/rfc822, application/pdf, text/html, text/plain as the body) becomes one
 * document of the key's tenant as `sluice publish` makes it of a file (@sluice/parsing rawDocument):
 * the original inline or, over BLOB_INLINE_MAX_BYTES, in the blob store with a reference on the
 * record; `?id=`, `?kind=`, `?platform=`, `?uri=` and a Content-Disposition file name optional.
 */
export function gatewayApp(deps: GatewayAppDeps): express.Express {
  const now = deps.now ?? Date.now;
  const app = express();
  app.disable('x-powered-by');
  const openapi = openApiDocument(deps.limits);

  const authenticated = (route: string, scope: ApiKeyScope, handler: Handler) => {
    return (req: Request, res: Response, next: NextFunction) => {
      const stop = deps.metrics.duration.startTimer({ route });
      const finish = (outcome: RequestOutcome) => {
        stop();
        deps.metrics.requests.inc({ route, outcome, status: String(res.statusCode) });
      };
      const run = async () => {
        const key = presentedKey(req);
        if (!key) throw new HttpProblem(401, 'missing-api-key', 'send an API key: Authorization: Bearer <key> (sluice keys create)', undefined, { 'WWW-Authenticate': 'Bearer' });
        const principal = await deps.keys.verify(key);
        if (!principal) throw new HttpProblem(401, 'invalid-api-key', 'the API key is unknown or revoked', undefined, { 'WWW-Authenticate': 'Bearer' });
        if (!principal.scopes.includes(scope)) {
          throw new HttpProblem(403, 'missing-scope', `this key may ${principal.scopes.join(' and ')}, not ${scope}`);
        }
        return handler(req, res, principal);
      };
      run().then(finish, (error: unknown) => {
        if (error instanceof HttpProblem) {
          sendProblem(res, error);
          finish(error.status === 429 ? (error.reason === 'overloaded' ? 'shed' : 'rate-limited') : error.status >= 500 ? 'failed' : 'rejected');
          return;
        }
        next(error);
        finish('failed');
      });
    };
  };

  const jsonBody = express.json({ limit: deps.limits.maxBodyBytes, type: () => true, strict: false });
  const readBody = (req: Request, res: Response) =>
    new Promise<unknown>((resolve, reject) => {
      jsonBody(req, res, (error?: unknown) => {
        if (!error) return resolve(req.body as unknown);
        const type = (error as { type?: string }).type;
        if (type === 'entity.too.large') {
          return reject(new HttpProblem(413, 'body-too-large', `the body is over ${deps.limits.maxBodyBytes} bytes`, [{ field: '(body)', message: `at most ${deps.limits.maxBodyBytes} bytes` }]));
        }
        if (type === 'entity.parse.failed') {
          return reject(new HttpProblem(400, 'invalid-json', `the body is not valid JSON: ${(error as Error).message}`, [{ field: '(body)', message: 'not valid JSON' }]));
        }
        reject(new HttpProblem(400, 'unreadable-body', (error as Error).message));
      });
    });

  const rawBody = express.raw({ limit: deps.limits.maxFileBytes, type: () => true });
  const readRawBody = (req: Request, res: Response) =>
    new Promise<Buffer>((resolve, reject) => {
      rawBody(req, res, (error?: unknown) => {
        if (!error) return resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
        if ((error as { type?: string }).type === 'entity.too.large') {
          return reject(new HttpProblem(413, 'body-too-large', `the document is over ${deps.limits.maxFileBytes} bytes`, [{ field: '(body)', message: `at most ${deps.limits.maxFileBytes} bytes` }]));
        }
        reject(new HttpProblem(400, 'unreadable-body', (error as Error).message));
      });
    });

  /** A raw body as one document of the key's tenant, or the problems with the request. */
  const rawRequestDocument = async (req: Request, res: Response, tenant: string): Promise<DocumentIngested> => {
    const query = rawDocumentQuerySchema.safeParse(req.query);
    if (!query.success) {
      const problems = query.error.issues.map((issue) => ({ field: issue.path.length > 0 ? `?${issue.path.join('.')}` : '(query)', message: issue.message }));
      throw new HttpProblem(400, 'invalid-query', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    }
    const contentType = req.header('content-type') ?? '';
    if (mediaTypeOf(contentType).mediaType === 'text/plain' && mediaTypeOf(contentType).charset !== 'utf-8') {
      throw new HttpProblem(415, 'unsupported-media-type', 'send plain text as UTF-8 (Content-Type: text/plain; charset=utf-8)', [{ field: 'Content-Type', message: 'charset must be utf-8' }]);
    }
    let fileName: string | undefined;
    const disposition = req.header('content-disposition');
    if (disposition) {
      try {
        fileName = parseContentDisposition(disposition).parameters.filename;
      } catch {
        throw new HttpProblem(400, 'invalid-header', 'Content-Disposition is not RFC 6266 (e.g. attachment; filename="invoice.pdf")', [{ field: 'Content-Disposition', message: 'unparsable' }]);
      }
    }
    const bytes = await readRawBody(req, res);
    if (bytes.byteLength === 0) throw new HttpProblem(400, 'empty-body', 'the document is empty', [{ field: '(body)', message: 'must not be empty' }]);
    return rawDocument({
      bytes,
      contentType,
      tenant,
      kind: query.data.kind,
      id: query.data.id,
      fileName,
      source: { platform: query.data.platform, uri: query.data.uri ?? null },
      inlineMaxBytes: deps.limits.inlineMaxBytes,
      blobs: deps.blobs,
      receivedAt: now(),
    });
  };

  app.post(
    '/v1/documents',
    authenticated('post-documents', 'publish', async (req, res, principal) => {
      const shed = deps.shedder.decide();
      if (shed.shed) {
        deps.metrics.documents.inc({ tenant: principal.tenant, outcome: 'shed' });
        throw new HttpProblem(
          429,
          'overloaded',
          `the pipeline is ${shed.lag} records behind (budget exceeded); retry after ${shed.retryAfterS} s`,
          undefined,
          { 'Retry-After': String(shed.retryAfterS) },
        );
      }
      const raw = rawDocumentType(req.header('content-type') ?? '') !== undefined;
      if (!raw && !req.is('application/json')) {
        throw new HttpProblem(
          415,
          'unsupported-media-type',
          `send Content-Type: application/json, or a raw document as message/rfc822, application/pdf, text/html or text/plain (got ${req.header('content-type') ?? 'none'})`,
          [{ field: 'Content-Type', message: 'must be application/json, message/rfc822, application/pdf, text/html or text/plain' }],
        );
      }
      let parsed: { documents: DocumentIngested[]; batch: boolean };
      if (raw) {
        parsed = { documents: [await rawRequestDocument(req, res, principal.tenant)], batch: false };
      } else {
        const body = await readBody(req, res);
        const request = parseDocumentRequest(body, { maxDocuments: deps.limits.maxDocuments, now: now() });
        if (!request.ok) {
          deps.metrics.documents.inc({ tenant: principal.tenant, outcome: 'rejected' });
          throw new HttpProblem(request.status, request.code, request.problems.map((p) => `${p.field}: ${p.message}`).join('; '), request.problems);
        }
        parsed = request;
      }
      const { documents } = parsed;
      const foreign = documents.flatMap((document, index) =>
        document.tenant === principal.tenant ? [] : [{ field: parsed.batch ? `documents[${index}].tenant` : 'tenant', message: `this key publishes for tenant ${principal.tenant} only` }],
      );
      if (foreign.length > 0) {
        deps.metrics.documents.inc({ tenant: principal.tenant, outcome: 'rejected' }, documents.length);
        throw new HttpProblem(403, 'wrong-tenant', foreign.map((p) => `${p.field}: ${p.message}`).join('; '), foreign);
      }
      const waitMs = deps.rateLimit.tryTake(principal.tenant, documents.length);
      if (waitMs > 0) {
        deps.metrics.documents.inc({ tenant: principal.tenant, outcome: 'rate-limited' }, documents.length);
        const retryAfterS = Math.max(1, Math.ceil(waitMs / 1000));
        throw new HttpProblem(429, 'rate-limited', `tenant ${principal.tenant} is over its document rate; retry after ${retryAfterS} s`, undefined, { 'Retry-After': String(retryAfterS) });
      }
      const ids = documents.map((document) => document.id);
      const taken = new Set(await deps.ownership.claim(principal.tenant, ids));
      if (taken.size > 0) {
        const problems = documents.flatMap((document, index) =>
          taken.has(document.id) ? [{ field: parsed.batch ? `documents[${index}].id` : 'id', message: 'this id belongs to another tenant' }] : [],
        );
        deps.metrics.documents.inc({ tenant: principal.tenant, outcome: 'rejected' }, documents.length);
        throw new HttpProblem(409, 'id-conflict', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
      }
      try {
        await deps.publisher.publish(documents, req.header('traceparent'));
      } catch (error) {
        deps.logger.error({ err: error, documents: documents.length, tenant: principal.tenant }, 'publish failed');
        throw new HttpProblem(503, 'unavailable', 'the broker did not acknowledge the documents; retry (the ids make it safe)', undefined, { 'Retry-After': '1' });
      }
      await deps.ownership.published(ids);
      deps.metrics.documents.inc({ tenant: principal.tenant, outcome: 'accepted' }, documents.length);
      res.status(202).json({ accepted: documents.length, ids });
      return 'accepted';
    }),
  );

  app.get(
    '/v1/documents/:id',
    authenticated('get-document', 'read', async (req, res, principal) => {
      const id = String(req.params.id);
      const state = await documentState(deps.pool, deps.ownership, deps.prefix, id);
      if (!state) throw new HttpProblem(404, 'not-found', `no document ${id}`);
      if (state.tenant !== principal.tenant) throw new HttpProblem(403, 'wrong-tenant', `document ${id} belongs to another tenant`);
      res.json(state);
      return 'ok';
    }),
  );

  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res, next) => {
    deps.ready().then((result) => res.status(result.ready ? 200 : 503).json(result), next);
  });
  app.get('/metrics', (_req, res, next) => {
    deps.registry.metrics().then((text) => res.type(deps.registry.contentType).send(text), next);
  });
  app.use((req: Request, res: Response) => {
    sendProblem(res, new HttpProblem(404, 'no-route', `no route ${req.method} ${req.path}; see /openapi.json`));
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    deps.logger.error({ err: error }, 'request failed');
    sendProblem(res, new HttpProblem(500, 'internal', 'unexpected failure'));
  });
  return app;
}
