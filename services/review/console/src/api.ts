/** The review API as the console uses it: JSON, the session cookie (sent by the browser), the CSRF token on writes. */

export interface Me {
  username: string;
  role: 'reviewer' | 'auditor';
  tenants: string[];
  csrfToken: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface FieldView {
  name: string;
  value: string;
  confidence: number;
  band: 'high' | 'medium' | 'low';
  span: Span | null;
}

export interface Entry {
  documentId: string;
  tenant: string;
  kind: string;
  status: 'OPEN' | 'AWAITING_SECOND' | 'DECIDED';
  proposedDecision: string;
  requestedAt: string;
  ageMs: number;
  dueAt: string;
  overdue: boolean;
  escalatedAt: string | null;
  lease: { holder: string; expiresAt: string } | null;
  firstApproval: { reviewer: string; rationale: string; corrections: { name: string; value: string; previousValue: string | null }[]; fourEyes: string[] } | null;
  decision: string | null;
  decidedBy: string | null;
  reasons: { rule: string; severity: string; message: string }[];
  fields: FieldView[];
  matches: { entityType: string; refId: string; name: string; score: number }[];
  lowestConfidence: number;
  text?: string | null;
  model?: { provider: string; model: string; version: string; promptId: string | null } | null;
}

export interface Counts {
  waiting: number;
  overdue: number;
  leased: number;
  awaitingSecond: number;
  decided: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: string; code?: string; holder?: string; until?: string },
  ) {
    super(body.error ?? `HTTP ${status}`);
  }
}

let csrfToken: string | undefined;
let onSignedOut: () => void = () => undefined;

export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) {
    if (response.status === 401 && path !== '/api/session') onSignedOut();
    throw new ApiError(response.status, data);
  }
  return data;
}

export const api = {
  async me(): Promise<Me | undefined> {
    try {
      const me = await call<Me>('GET', '/api/session');
      csrfToken = me.csrfToken;
      return me;
    } catch {
      return undefined;
    }
  },
  async signIn(username: string, password: string): Promise<Me> {
    const me = await call<Me>('POST', '/api/session', { username, password });
    csrfToken = me.csrfToken;
    return me;
  },
  signOut: () => call<void>('DELETE', '/api/session'),
  queue: (query: Record<string, string>) => call<{ items: Entry[]; counts: Counts }>('GET', `/api/reviews?${new URLSearchParams(query).toString()}`),
  entry: (id: string) => call<Entry>('GET', `/api/reviews/${encodeURIComponent(id)}`),
  claim: (id: string) => call<Entry>('POST', `/api/reviews/${encodeURIComponent(id)}/claim`, {}),
  claimNext: () => call<Entry | undefined>('POST', '/api/reviews/claim-next', {}),
  heartbeat: (id: string) => call<Entry>('POST', `/api/reviews/${encodeURIComponent(id)}/heartbeat`, {}),
  release: (id: string) => call<Entry>('POST', `/api/reviews/${encodeURIComponent(id)}/release`, {}),
  decide: (id: string, body: { action: 'approve' | 'reject'; rationale: string; corrections: { name: string; value: string }[] }) =>
    call<Entry>('POST', `/api/reviews/${encodeURIComponent(id)}/decision`, body),
  lineage: (id: string) => call<{ documentId: string; tenant: string; steps: { seq: string; service: string; action: string; occurredAt: string; entry: Record<string, unknown> }[]; costUsd: number }>('GET', `/api/documents/${encodeURIComponent(id)}/lineage`),
  pipeline: () => call<PipelineSnapshot>('GET', '/api/pipeline'),
};

export interface PipelineSnapshot {
  targets: { name: string; url: string }[];
  up: Record<string, boolean>;
  samples: { at: number; stages: Record<string, { throughput: number; lag: number; latencyMs: number | null; deadLettered: number } | null>; reviewRate: number | null; costPerDocumentUsd: number | null }[];
}
