import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type Request, type Response } from 'express';
import { FaultInjector, seededRandom, type FaultKind } from './fault-injector';
import { FieldNoise } from './field-noise';
import { hashedVector } from './hashed-embedding';
import { RequestLog } from './request-log';
import { answerChat, simulatedTokens, SimulatorRequestError } from './simulator-answers';
import { defaultSimulatorOptions, SIMULATOR_VERSION, type SimulatorOptions } from './simulator-options';

export interface RunningSimulator {
  /** Base URL including `/v1`, ready for an endpoint's `baseUrl`. */
  url: string;
  port: number;
  log: RequestLog;
  faults: FaultInjector;
  /** The field noise, when configured (`options.noise`). */
  noise: FieldNoise | null;
  options: SimulatorOptions;
  close(): Promise<void>;
}

function modelOf(body: unknown): string | null {
  const model = (body as { model?: unknown } | undefined)?.model;
  return typeof model === 'string' ? model : null;
}

function errorBody(message: string, type: string) {
  return { error: { message, type, code: null } };
}

/**
 * An OpenAI-compatible server for contract tests, fault drills and benchmarks: chat completions
 * answered by local models, deterministic embeddings, a models list, and injectable latency,
 * 500s, 429s with Retry-After and hangs; optionally one extracted field answered
 * non-deterministically (`noise`, for noise baselines of shadow tests).
 */
export async function startModelSimulator(overrides: Partial<SimulatorOptions> = {}): Promise<RunningSimulator> {
  const options: SimulatorOptions = { ...defaultSimulatorOptions, ...overrides };
  const random = seededRandom(options.seed);
  const faults = new FaultInjector(
    { errorRate: options.errorRate, rateLimitRate: options.rateLimitRate, hangRate: options.hangRate },
    random,
  );
  const log = new RequestLog(options.requestLogFile);
  const noise = options.noise ? new FieldNoise(options.noise) : null;
  const hanging = new Set<Response>();
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '20mb' }));
  app.use((_req, res, next) => {
    res.setHeader('x-simulator-version', SIMULATOR_VERSION);
    next();
  });

  const record = (req: Request, status: number, outcome: string, inputs: number | null = null) =>
    log.add({
      at: new Date().toISOString(),
      method: req.method,
      path: req.path,
      status,
      outcome,
      model: modelOf(req.body),
      inputs,
      body: req.method === 'POST' ? JSON.stringify(req.body) : '',
    });

  /** Applies this request's fault; true when the request was answered (or left hanging) by it. */
  const injectFault = async (req: Request, res: Response, inputs: number | null): Promise<boolean> => {
    const fault: FaultKind = faults.next();
    if (fault === 'hang') {
      record(req, 0, 'hang', inputs);
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return true;
    }
    if (fault === 'rate-limit') {
      record(req, 429, 'rate-limited', inputs);
      res.setHeader('retry-after', String(options.retryAfterSeconds));
      res.status(429).json(errorBody('simulated rate limit', 'rate_limit_exceeded'));
      return true;
    }
    if (fault === 'error') {
      record(req, 500, 'error', inputs);
      res.status(500).json(errorBody('simulated server error', 'server_error'));
      return true;
    }
    const delay = options.latencyMs + (options.latencyJitterMs > 0 ? random() * options.latencyJitterMs : 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return false;
  };

  app.get('/v1/models', (req, res) => {
    record(req, 200, 'ok');
    res.json({
      object: 'list',
      data: options.models.map((id) => ({ id, object: 'model', created: 0, owned_by: `sluice-simulator@${SIMULATOR_VERSION}` })),
    });
  });

  app.post('/v1/embeddings', async (req, res) => {
    const body = req.body as { model?: string; input?: unknown };
    const input = typeof body.input === 'string' ? [body.input] : body.input;
    if (!Array.isArray(input) || !input.every((item) => typeof item === 'string')) {
      record(req, 400, 'refused');
      res.status(400).json(errorBody('input must be a string or an array of strings', 'invalid_request_error'));
      return;
    }
    if (input.length > options.maxInputsPerRequest) {
      record(req, 413, 'refused', input.length);
      res.status(413).json(errorBody(`batch size ${input.length} > maximum allowed ${options.maxInputsPerRequest}`, 'invalid_request_error'));
      return;
    }
    if (await injectFault(req, res, input.length)) return;
    const vectors = options.embedding
      ? (await options.embedding.embed(input)).value
      : input.map((text) => hashedVector(text, options.dimensions));
    const tokens = input.reduce((sum, text) => sum + simulatedTokens(text), 0);
    record(req, 200, 'ok', input.length);
    res.json({
      object: 'list',
      model: body.model ?? 'sim-embed',
      data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  });

  app.post('/v1/chat/completions', async (req, res) => {
    const body = req.body as { model?: string; messages?: unknown; response_format?: { type?: string } };
    if (!options.supportsJsonSchema && body.response_format?.type === 'json_schema') {
      record(req, 400, 'refused');
      res.status(400).json(errorBody('response_format type json_schema is not supported', 'invalid_request_error'));
      return;
    }
    if (!Array.isArray(body.messages)) {
      record(req, 400, 'refused');
      res.status(400).json(errorBody('messages must be an array', 'invalid_request_error'));
      return;
    }
    if (await injectFault(req, res, null)) return;
    const messages = body.messages as Array<{ content?: unknown }>;
    try {
      const content = await answerChat(messages, options, noise ? { noise, request: JSON.stringify({ model: body.model, messages }) } : null);
      const promptTokens = simulatedTokens(messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join(''));
      const completionTokens = simulatedTokens(content);
      record(req, 200, 'ok');
      res.json({
        id: `chatcmpl-sim-${log.entries.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model ?? 'sim-small',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      });
    } catch (error) {
      const status = error instanceof SimulatorRequestError ? error.status : 500;
      record(req, status, 'refused');
      res.status(status).json(errorBody((error as Error).message, 'invalid_request_error'));
    }
  });

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port, options.host, () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/v1`,
    port,
    log,
    faults,
    noise,
    options,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
