import type { z } from 'zod';
import { SluiceError } from '@sluice/errors';
import { parseRetryAfter, systemClock } from '@sluice/resilience';
import { GuardedCall, type GuardedCallDeps, type GuardedCallOptions } from '../http/guarded-call';
import type { ErpClient } from './erp-client';
import {
  contractMajorOf,
  ERP_CONTRACT_MAJOR,
  ERP_CONTRACT_VERSION,
  erpContractVersionHeader,
  erpErrorSchema,
  erpPaths,
  healthResponseSchema,
  purchaseOrdersResponseSchema,
  vendorResponseSchema,
  type ErpHealth,
  type ErpVendor,
  type PurchaseOrder,
} from './erp-contract';

export interface ErpHttpClientOptions extends GuardedCallOptions {
  /** Where the ERP (or its simulator) listens, without the `/erp/v1` part. */
  baseUrl: string;
}

export const defaultErpHttpClientOptions = {
  timeoutMs: 2_000,
  retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 2_000, maxRetryAfterMs: 5_000 },
  breaker: { windowSize: 20, minimumCalls: 10, failureRateThreshold: 0.5, openMs: 30_000 },
} satisfies Omit<ErpHttpClientOptions, 'baseUrl'>;

export interface ErpHttpClientDeps extends Partial<GuardedCallDeps> {
  fetch?: typeof fetch;
}

/** A 404 that is the ERP's answer "no such thing", as opposed to a wrong base URL. */
const notFound = Symbol('not found');

/**
 * The `erp/v1` contract over HTTP (Node's fetch), every call guarded by timeout, retries and a
 * circuit breaker. Failures come out as SluiceErrors: 429 RATE_LIMITED, 5xx UNAVAILABLE, 504 and
 * deadlines TIMEOUT, open breaker CIRCUIT_OPEN (all retryable); an unknown contract major, a
 * payload off the contract or 401/403 CONFIG, 400 INVALID_INPUT (not retryable).
 */
export class ErpHttpClient implements ErpClient {
  private readonly guard: GuardedCall;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(
    private readonly options: ErpHttpClientOptions,
    deps: ErpHttpClientDeps = {},
  ) {
    const clock = deps.clock ?? systemClock;
    this.guard = new GuardedCall('erp', options, { ...deps, clock, random: deps.random ?? Math.random });
    this.fetch = deps.fetch ?? fetch;
    this.now = () => clock.now();
  }

  get breakerState() {
    return this.guard.breaker.state;
  }

  async vendor(vendorId: string, signal?: AbortSignal): Promise<ErpVendor | null> {
    const body = await this.get(erpPaths.vendor(vendorId), vendorResponseSchema, signal);
    return body === notFound ? null : body.vendor;
  }

  async openPurchaseOrders(vendorId: string, signal?: AbortSignal): Promise<PurchaseOrder[] | null> {
    const body = await this.get(erpPaths.openPurchaseOrders(vendorId), purchaseOrdersResponseSchema, signal);
    return body === notFound ? null : body.purchaseOrders;
  }

  async health(signal?: AbortSignal): Promise<ErpHealth> {
    const body = await this.get(erpPaths.health, healthResponseSchema, signal);
    if (body === notFound)
      throw this.configError(`${erpPaths.health} answered 404: is ${this.options.baseUrl} an erp/v1 server?`);
    return body;
  }

  private get<S extends z.ZodType>(
    path: string,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.output<S> | typeof notFound> {
    const url = new URL(path, this.options.baseUrl).toString();
    return this.guard.run(async (attemptSignal) => {
      let response: Response;
      try {
        response = await this.fetch(url, {
          signal: attemptSignal,
          headers: { accept: 'application/json', [erpContractVersionHeader]: ERP_CONTRACT_VERSION },
        });
      } catch (error) {
        if (attemptSignal.aborted) throw error; // the guard says which deadline passed
        throw new SluiceError('UNAVAILABLE', `erp unreachable at ${url}: ${describe(error)}`, {
          cause: error,
          details: { url },
        });
      }
      const text = await response.text();
      const announced = response.headers.get(erpContractVersionHeader);
      const major = contractMajorOf(announced);
      // A proxy's 502/503 carries no version; only answers from the ERP itself must announce one.
      if (major !== undefined && major !== ERP_CONTRACT_MAJOR) {
        throw this.configError(
          `erp at ${this.options.baseUrl} speaks contract ${announced}; this client knows ${ERP_CONTRACT_MAJOR}.x only`,
        );
      }
      if (response.ok) {
        if (major === undefined)
          throw this.configError(`${url} answered without a valid ${erpContractVersionHeader} header`);
        const parsed = schema.safeParse(parseJson(text));
        if (!parsed.success)
          throw this.configError(`${url} answered off the erp/v1 contract: ${parsed.error.message}`);
        return parsed.data;
      }
      const errorBody = erpErrorSchema.safeParse(parseJson(text));
      if (response.status === 404 && errorBody.success && errorBody.data.error.code === 'not_found')
        return notFound;
      throw this.httpFailure(url, response, text);
    }, signal);
  }

  private httpFailure(url: string, response: Response, text: string): SluiceError {
    const status = response.status;
    const waitMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
    const details = { url, status, body: text.slice(0, 300) };
    const message = `erp ${url} answered ${status}: ${text.slice(0, 200)}`;
    if (status === 429) return new SluiceError('RATE_LIMITED', message, { details, retryAfterMs: waitMs });
    if (status === 408 || status === 504)
      return new SluiceError('TIMEOUT', message, { details, retryAfterMs: waitMs });
    if (status >= 500) return new SluiceError('UNAVAILABLE', message, { details, retryAfterMs: waitMs });
    if (status === 400) return new SluiceError('INVALID_INPUT', message, { details });
    // 401/403, and a 404 without the ERP's error body (wrong base URL): configuration, not data.
    return new SluiceError('CONFIG', message, { details });
  }

  private configError(message: string): SluiceError {
    return new SluiceError('CONFIG', message, { details: { baseUrl: this.options.baseUrl } });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}
