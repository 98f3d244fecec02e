import { randomInt } from 'node:crypto';
import { Command } from 'commander';
import { z } from 'zod';
import {
  defaultLocalModelCatalog,
  defaultSimulatorOptions,
  SIMULATOR_VERSION,
  startModelSimulator,
  type ClassificationModel,
  type ExtractionModel,
} from '@sluice/models';
import { SluiceError } from '@sluice/errors';

const rate = z.coerce.number().min(0).max(1);
const nonNegative = z.coerce.number().min(0);
const count = z.coerce.number().int().positive();

const optionsSchema = z.object({
  host: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65_535),
  latencyMs: nonNegative,
  latencyJitterMs: nonNegative,
  errorRate: rate,
  rateLimitRate: rate,
  retryAfterS: nonNegative,
  hangRate: rate,
  maxInputs: count,
  dimensions: count,
  jsonSchema: z.boolean(),
  seed: z.coerce.number().int(),
  logFile: z.string().optional(),
  extractor: z.string(),
  classifier: z.string(),
  noiseField: z.string().min(1).optional(),
  noiseRate: rate,
  noiseSeed: z.coerce.number().int().optional(),
});

async function fromCatalog<M>(factories: Record<string, () => Promise<M> | M>, name: string, task: string): Promise<M | null> {
  const factory = factories[name];
  if (factory) return factory();
  process.stderr.write(`no local ${task} model "${name}" (known: ${Object.keys(factories).join(', ') || 'none'}); ${task} requests will answer 501\n`);
  return null;
}

/** `sluice simulate model`: the OpenAI-compatible simulator as a standalone server. */
export function simulateCommand(): Command {
  const simulate = new Command('simulate').description('Run simulators of external dependencies');
  const d = defaultSimulatorOptions;
  simulate
    .command('model')
    .description(`OpenAI-compatible model server (chat completions, embeddings, models) with injectable faults, v${SIMULATOR_VERSION}`)
    .option('--host <host>', 'interface to listen on', d.host)
    .option('--port <port>', 'port (0 picks a free one)', String(d.port))
    .option('--latency-ms <ms>', 'added to every answer', String(d.latencyMs))
    .option('--latency-jitter-ms <ms>', 'uniform extra latency', String(d.latencyJitterMs))
    .option('--error-rate <0..1>', 'share of requests answered 500', String(d.errorRate))
    .option('--rate-limit-rate <0..1>', 'share answered 429 with Retry-After', String(d.rateLimitRate))
    .option('--retry-after-s <s>', 'Retry-After seconds sent with a 429', String(d.retryAfterSeconds))
    .option('--hang-rate <0..1>', 'share never answered (client timeouts)', String(d.hangRate))
    .option('--max-inputs <n>', 'most inputs per embeddings request (more: 413)', String(d.maxInputsPerRequest))
    .option('--dimensions <n>', 'vector length of the hashed embeddings', String(d.dimensions))
    .option('--no-json-schema', 'refuse response_format json_schema, like servers without structured outputs')
    .option('--seed <n>', 'seed of the fault draws', String(d.seed))
    .option('--log-file <path>', 'append every request as a JSON line')
    .option('--extractor <name>', 'local extraction model answering chat completions', 'rules-ner')
    .option('--classifier <name>', 'local classification model answering chat completions', 'keyword-classifier')
    .option('--noise-field <field>', 'answer this extracted field non-deterministically (target name, e.g. senderName), like a sampling model')
    .option('--noise-rate <0..1>', 'share of answers reading the noisy field differently', '0.2')
    .option('--noise-seed <n>', 'seed of the noise draws (default: a random one per start, so two runs differ)')
    .option('--json', 'print the listening address as JSON')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = optionsSchema.safeParse(raw);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `  --${String(issue.path[0])}: ${issue.message}`);
        throw new SluiceError('USAGE', `invalid options:\n${problems.join('\n')}`);
      }
      const o = parsed.data;
      const extraction = await fromCatalog<ExtractionModel>(defaultLocalModelCatalog.extraction, o.extractor, 'extraction');
      const classification = await fromCatalog<ClassificationModel>(defaultLocalModelCatalog.classification, o.classifier, 'classification');
      const simulator = await startModelSimulator({
        host: o.host,
        port: o.port,
        latencyMs: o.latencyMs,
        latencyJitterMs: o.latencyJitterMs,
        errorRate: o.errorRate,
        rateLimitRate: o.rateLimitRate,
        retryAfterSeconds: o.retryAfterS,
        hangRate: o.hangRate,
        maxInputsPerRequest: o.maxInputs,
        dimensions: o.dimensions,
        supportsJsonSchema: o.jsonSchema,
        seed: o.seed,
        requestLogFile: o.logFile ?? null,
        extraction,
        classification,
        noise: o.noiseField ? { field: o.noiseField, rate: o.noiseRate, seed: o.noiseSeed ?? randomInt(2 ** 31) } : null,
      });
      const info = { url: simulator.url, version: SIMULATOR_VERSION, profile: 'MODEL_PROFILE=simulator', baseUrlEnv: `SIMULATOR_BASE_URL=${simulator.url}` };
      process.stdout.write(raw.json === true ? `${JSON.stringify(info)}\n` : `model simulator ${SIMULATOR_VERSION} listening on ${simulator.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await simulator.close();
      process.stdout.write(`served ${simulator.log.entries.length} requests\n`);
    });
  return simulate;
}
