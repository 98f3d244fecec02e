import { z } from 'zod';
import { claimNextBody, costQuery, decisionBody, queueQuery, signInBody } from './api-schemas';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } } });
const params = (schema: z.ZodObject) =>
  Object.entries((z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, object> }).properties).map(([name, property]) => ({ name, in: 'query', required: false, schema: property }));
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'document id' };
const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const common = {
  '401': error('no session: sign in first'),
  '403': error('not your tenant, an auditor writing, a four-eyes refusal, or a missing X-CSRF-Token on a write'),
};
const write = (summary: string, extra: Record<string, unknown> = {}) => ({
  summary,
  security: [{ session: [], csrf: [] }],
  parameters: [idParam],
  responses: { '200': { description: 'the entry after the change' }, ...common, '404': error('no such document in the queue'), '409': error('held by someone else (holder, until), lease expired, or already decided'), ...extra },
});

/** OpenAPI 3.1 description of the review API, served at /openapi.json. Bodies come from the zod schemas the routes validate with. */
export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Sluice review API', version, description: 'Review queue, leases, decisions, four-eyes and SLA; sessions by cookie, X-CSRF-Token on writes.' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'sluice_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      },
      schemas: { Error: { type: 'object', properties: { error: { type: 'string' }, code: { type: 'string' }, holder: { type: 'string' }, until: { type: 'string', format: 'date-time' } } } },
    },
    paths: {
      '/api/session': {
        post: { summary: 'sign in; sets the HttpOnly SameSite=Strict session cookie and returns the CSRF token', requestBody: json(signInBody), responses: { '200': { description: 'signed in' }, '401': error('wrong username or password') } },
        get: { summary: 'who is signed in, and the CSRF token', security: [{ session: [] }], responses: { '200': { description: 'the session' }, '401': common['401'] } },
        delete: { summary: 'sign out', security: [{ session: [], csrf: [] }], responses: { '204': { description: 'signed out' }, ...common } },
      },
      '/api/reviews': { get: { summary: 'the queue: overdue first, then oldest; counts per state', security: [{ session: [] }], parameters: params(queueQuery), responses: { '200': { description: 'entries and counts' }, ...common } } },
      '/api/reviews/claim-next': { post: { ...write('claim the next document you may review'), parameters: [], requestBody: json(claimNextBody), responses: { '200': { description: 'claimed' }, '204': { description: 'nothing waiting for you' }, ...common } } },
      '/api/reviews/{id}': { get: { summary: 'one entry: request, fields with confidence bands and spans, text, matches, violations, lease', security: [{ session: [] }], parameters: [idParam], responses: { '200': { description: 'the entry' }, ...common, '404': error('no such document in the queue') } } },
      '/api/reviews/{id}/claim': { post: write('claim as a lease (renews your own)') },
      '/api/reviews/{id}/heartbeat': { post: write('extend your lease') },
      '/api/reviews/{id}/release': { post: write('give the document back to the queue') },
      '/api/reviews/{id}/decision': { post: { ...write('approve (with corrections) or reject, with a rationale; 409 after your lease expired'), requestBody: json(decisionBody), responses: { ...write('').responses, '400': error('no rationale or a malformed body') } } },
      '/api/documents/{id}/lineage': { get: { summary: 'every audited step of a document', security: [{ session: [] }], parameters: [idParam], responses: { '200': { description: 'lineage' }, ...common, '404': error('no audit entries') } } },
      '/api/costs': { get: { summary: 'model cost per tenant, action or document (your tenants)', security: [{ session: [] }], parameters: params(costQuery), responses: { '200': { description: 'rows' }, ...common } } },
      '/api/pipeline': { get: { summary: 'per-stage throughput, lag, latency, dead letters, review rate and cost, sampled from the services\' /metrics', security: [{ session: [] }], responses: { '200': { description: 'series' }, '401': common['401'] } } },
    },
  };
}
