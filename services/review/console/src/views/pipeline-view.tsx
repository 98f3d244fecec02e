import { useEffect, useState } from 'preact/hooks';
import type { AlignedData } from 'uplot';
import { api, type PipelineSnapshot } from '../api';
import { TimeChart } from './time-chart';

type StageFigure = 'throughput' | 'lag' | 'latencyMs' | 'deadLettered';

function perStage(snapshot: PipelineSnapshot, figure: StageFigure): { series: string[]; data: AlignedData } {
  const stages = snapshot.targets.map((t) => t.name).filter((name) => name !== 'review' || figure !== 'lag');
  const x = snapshot.samples.map((s) => s.at / 1000);
  return { series: stages, data: [x, ...stages.map((stage) => snapshot.samples.map((s) => s.stages[stage]?.[figure] ?? null))] as AlignedData };
}

/** Per-stage throughput, lag, latency and dead letters, the review rate and the cost per document, sampled from every service's /metrics. */
export function PipelineView() {
  const [snapshot, setSnapshot] = useState<PipelineSnapshot | null>(null);
  useEffect(() => {
    const load = () => void api.pipeline().then(setSnapshot, () => undefined);
    load();
    const timer = setInterval(load, 5_000);
    return () => clearInterval(timer);
  }, []);
  if (!snapshot) return <main class="pipeline">loading…</main>;
  const x = snapshot.samples.map((s) => s.at / 1000);
  return (
    <main class="pipeline">
      <p class="targets">
        {snapshot.targets.map((t) => (
          <span key={t.name} class={snapshot.up[t.name] ? 'up' : 'down'}>
            {t.name} {snapshot.up[t.name] ? 'up' : 'unreachable'}
          </span>
        ))}
      </p>
      <div class="charts">
        <TimeChart title="Throughput (records/s)" unit="/s" {...perStage(snapshot, 'throughput')} />
        <TimeChart title="Consumer lag (records)" unit="" {...perStage(snapshot, 'lag')} />
        <TimeChart title="Handler latency per batch (ms)" unit="ms" {...perStage(snapshot, 'latencyMs')} />
        <TimeChart title="Dead letters (total)" unit="" {...perStage(snapshot, 'deadLettered')} />
        <TimeChart title="Review rate" unit="" series={['sent to review']} data={[x, snapshot.samples.map((s) => s.reviewRate)] as AlignedData} />
        <TimeChart title="Model cost per document (USD)" unit="$" series={['cost/document']} data={[x, snapshot.samples.map((s) => s.costPerDocumentUsd)] as AlignedData} />
      </div>
    </main>
  );
}
