import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { documentInputSchema, rawDocumentQuerySchema } from './document-request';

const errorSchema = z.object({
  error: z.object({
    status: z.number().int(),
    code: z.string(),
    message: z.string(),
    problems: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

const stateSchema = z.object({
  id: z.string(),
  tenant: z.string(),
  status: z.enum(['accepted', 'in-flight', 'waiting-for-review', 'decided']),
  stage: z.string().nullable(),
  decision: z.enum(['ACCEPTED', 'REJECTED']).nullable(),
  decidedBy: z.object({ actor: z.string(), reviewer: z.string().nullable(), rationale: z.string().nullable() }).nullable(),
  reached: z.array(z.object({ topic: z.string(), at: z.string() })),
  acceptedAt: z.string().nullable(),
});

/**
 * The gateway's OpenAPI 3.1 document, generated from the same zod schemas that validate requests
 * (so the published contract cannot drift from the code). Served at /openapi.json.
 */
export function openApiDocument(options: { maxDocuments: number; maxBodyBytes: number; maxFileBytes: number }) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'A per-tenant key from `sluice keys create` (also accepted as the X-API-Key header)',
  });
  // Inline schemas: `register` needs zod-to-openapi's prototype extension, which a CommonJS build
  // cannot apply to the ES module copy of zod these schemas come from.
  const document = documentInputSchema;
  const error = errorSchema;
  const state = stateSchema;
  const errors = (codes: Record<number, string>) =>
    Object.fromEntries(
      Object.entries(codes).map(([status, description]) => [status, { description, content: { 'application/json': { schema: error } } }]),
    );
  registry.registerPath({
    method: 'post',
    path: '/v1/documents',
    summary: `Publish one document, or a batch of up to ${options.maxDocuments} as { "documents": [...] }`,
    description:
      `Answered 202 only after the broker acknowledged every document. JSON bodies over ${options.maxBodyBytes} bytes are refused (413). ` +
      `A raw document (message/rfc822, application/pdf, text/html, text/plain in UTF-8; at most ${options.maxFileBytes} bytes) is one document of the key's tenant: ` +
      'the query parameters apply to it only, its file name comes from Content-Disposition, and an original over the inline limit travels by blob reference.',
    security: [{ [bearer.name]: [] }],
    request: {
      query: rawDocumentQuerySchema,
      body: {
        required: true,
        content: {
          'application/json': { schema: z.union([document, z.object({ documents: z.array(document) })]) },
          ...Object.fromEntries(['message/rfc822', 'application/pdf', 'text/html', 'text/plain'].map((type) => [type, { schema: { type: 'string' as const, contentMediaType: type } }])),
        },
      },
    },
    responses: {
      202: {
        description: 'Written to documents.ingested.v1',
        content: { 'application/json': { schema: z.object({ accepted: z.number().int(), ids: z.array(z.string()) }) } },
      },
      ...errors({
        400: 'Malformed JSON or a document that breaks the ingest contract; `problems` names each field',
        401: 'No API key, or an unknown or revoked one',
        403: "The key lacks the publish scope, or a document names another tenant",
        409: "An id another tenant already published",
        413: 'Body or batch too large',
        415: 'Not application/json nor a raw document type (or plain text not in UTF-8)',
        429: 'Pipeline lag above its budget, or the tenant rate limit; honour Retry-After',
        503: 'The broker did not acknowledge; retry (ids make it idempotent)',
      }),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/documents/{id}',
    summary: "A document's current state: in flight at a stage, waiting for review, or decided",
    security: [{ [bearer.name]: [] }],
    request: { params: z.object({ id: z.string() }) },
    responses: {
      200: { description: 'Current state', content: { 'application/json': { schema: state } } },
      ...errors({ 401: 'No valid API key', 403: "Another tenant's document, or the key lacks the read scope", 404: 'Unknown id' }),
    },
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Sluice ingest gateway', version: '1.0.0', description: 'HTTP door to documents.ingested.v1' },
  });
}
