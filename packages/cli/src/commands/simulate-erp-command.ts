import { Command, InvalidArgumentError } from 'commander';
import { join } from 'node:path';
import { buildErpRecords, readErpVendorSeeds } from '@sluice/connectors';
import { startErpSimulator, type ErpRequestLogEntry } from '@sluice/connectors/erp-simulator';
import { repoRoot } from '@sluice/local-stack';
import { emit } from '../output';

function number(name: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (value.trim() === '' || !Number.isFinite(parsed))
      throw new InvalidArgumentError(`${name} must be a number`);
    return parsed;
  };
}

interface SimulateErpOptions {
  host: string;
  port: number;
  latencyMs: number;
  errorRate: number;
  rateLimitPerSecond?: number;
  retryAfterS: number;
  outage?: boolean;
  blocked?: string;
  seed?: number;
  vendors: string;
  json?: boolean;
}

function describeEntry(entry: ErpRequestLogEntry): string {
  const fault = entry.fault === 'none' ? '' : ` (${entry.fault})`;
  return `${entry.at} ${entry.method} ${entry.path} → ${entry.status}${fault}`;
}

/** `sluice simulate erp`: the ERP simulator as a process, for the local pipeline and fault drills. */
export function simulateErpCommand(): Command {
  return new Command('erp')
    .description(
      'serve the erp/v1 contract (vendors, open purchase orders) from a reference vendors file, with injectable faults; ' +
        'point ERP_BASE_URL at the printed URL. Faults can be changed while running: PUT /_simulator/faults',
    )
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--port <port>', 'port (0 picks a free one)', number('--port'), 18091)
    .option('--latency-ms <ms>', 'delay before every answer', number('--latency-ms'), 0)
    .option('--error-rate <share>', 'share of requests answered 503, 0..1', number('--error-rate'), 0)
    .option(
      '--rate-limit-per-second <n>',
      'requests per second before 429s',
      number('--rate-limit-per-second'),
    )
    .option('--retry-after-s <s>', 'Retry-After sent with 429s and outage 503s', number('--retry-after-s'), 1)
    .option('--outage', 'answer every request 503')
    .option('--blocked <ids>', 'comma-separated vendor ids to mark blocked, e.g. V-1003,V-1007')
    .option('--vendors <file>', 'reference vendors (JSONL: id, canonicalName or name, iban, vatId, country, currency)', join(repoRoot, 'samples', 'reference', 'vendors.jsonl'))
    .option('--seed <n>', 'seed for payment terms and purchase orders', number('--seed'))
    .option('--json', 'print the start line and each request as JSON lines')
    .action(async (options: SimulateErpOptions) => {
      const json = Boolean(options.json);
      const blockedVendorIds =
        options.blocked
          ?.split(',')
          .map((id) => id.trim())
          .filter(Boolean) ?? [];
      const records = buildErpRecords(await readErpVendorSeeds(options.vendors), {
        blockedVendorIds,
        ...(options.seed === undefined ? {} : { seed: options.seed }),
      });
      const simulator = await startErpSimulator({
        host: options.host,
        port: options.port,
        records,
        faults: {
          latencyMs: options.latencyMs,
          errorRate: options.errorRate,
          rateLimitPerSecond: options.rateLimitPerSecond ?? null,
          retryAfterSeconds: options.retryAfterS,
          outage: Boolean(options.outage),
        },
        onRequest: (entry) =>
          process.stderr.write(`${json ? JSON.stringify(entry) : describeEntry(entry)}\n`),
      });
      emit(
        json,
        { url: simulator.url, vendors: simulator.records.vendors.size, faults: simulator.faults },
        () =>
          [
            `ERP simulator (erp/v1) at ${simulator.url} — ${simulator.records.vendors.size} vendors; Ctrl-C stops it`,
            `  try: curl ${simulator.url}/erp/v1/vendors/V-1001`,
            `  export ERP_BASE_URL=${simulator.url}`,
          ].join('\n'),
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await simulator.close();
    });
}
