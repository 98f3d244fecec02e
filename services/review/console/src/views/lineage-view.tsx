import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { clock } from '../format';
import { go } from '../hash-route';
import { useKeys } from '../keyboard';

type Lineage = Awaited<ReturnType<typeof api.lineage>>;

/** Every audited step of a document: stage, action, model, who reviewed and why. b or q goes back. */
export function LineageView({ documentId }: { documentId: string }) {
  const [lineage, setLineage] = useState<Lineage | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    api.lineage(documentId).then(setLineage, (error: unknown) => setMessage(error instanceof ApiError ? `${error.status}: ${error.message}` : String(error)));
  }, [documentId]);
  useKeys({ b: () => go('documents', documentId), q: () => go('queue') });
  return (
    <main class="lineage">
      <h2>Lineage of {documentId}</h2>
      {message && <p role="status">{message}</p>}
      {lineage && (
        <>
          <p>
            tenant {lineage.tenant} · {lineage.steps.length} steps · model cost ${lineage.costUsd.toFixed(6)} · <kbd>b</kbd> back to the document
          </p>
          <table>
            <thead>
              <tr>
                <th>when</th>
                <th>service</th>
                <th>action</th>
                <th>model</th>
                <th>reviewer</th>
                <th>rationale</th>
                <th>details</th>
              </tr>
            </thead>
            <tbody>
              {lineage.steps.map((step) => {
                const entry = step.entry as { model?: { model?: string } | null; reviewer?: string | null; rationale?: string | null; details?: Record<string, string>; decidedBy?: { reviewer?: string; rationale?: string } };
                return (
                  <tr key={step.seq} data-action={step.action}>
                    <td>{clock(step.occurredAt)}</td>
                    <td>{step.service}</td>
                    <td>{step.action}</td>
                    <td>{entry.model?.model ?? ''}</td>
                    <td>{entry.reviewer ?? entry.decidedBy?.reviewer ?? ''}</td>
                    <td>{entry.rationale ?? entry.decidedBy?.rationale ?? ''}</td>
                    <td class="details">
                      {Object.entries(entry.details ?? {})
                        .map(([k, v]) => `${k}=${v}`)
                        .join(' ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
