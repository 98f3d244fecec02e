import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, type Counts, type Entry, type Me } from '../api';
import { duration } from '../format';
import { go } from '../hash-route';
import { useKeys } from '../keyboard';

const filters = ['tenant', 'kind', 'reason', 'band', 'minAgeMinutes'] as const;

/** The queue: counts, overdue first then oldest, with filters; j/k to move, Enter to open, n to claim the next one. */
export function QueueView({ me }: { me: Me }) {
  const [query, setQuery] = useState<Record<string, string>>({});
  const [items, setItems] = useState<Entry[]>([]);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      api.queue(Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''))).then(
        (result) => {
          if (!live) return;
          setItems(result.items);
          setCounts(result.counts);
        },
        (error: unknown) => live && setMessage(error instanceof Error ? error.message : String(error)),
      );
    void load();
    const timer = setInterval(() => void load(), 5_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [query]);

  const claimNext = async () => {
    try {
      const entry = await api.claimNext();
      if (entry) go('documents', entry.documentId);
      else setMessage('nothing is waiting for you');
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : String(error));
    }
  };

  useKeys({
    j: () => setSelected((i) => Math.min(i + 1, items.length - 1)),
    ArrowDown: () => setSelected((i) => Math.min(i + 1, items.length - 1)),
    k: () => setSelected((i) => Math.max(i - 1, 0)),
    ArrowUp: () => setSelected((i) => Math.max(i - 1, 0)),
    Enter: () => items[selected] && go('documents', items[selected].documentId),
    n: () => void claimNext(),
  });

  return (
    <main class="queue">
      <header class="counts" aria-label="queue counts">
        {counts && (
          <>
            <span>waiting <b>{counts.waiting}</b></span>
            <span class={counts.overdue ? 'overdue' : ''}>overdue <b>{counts.overdue}</b></span>
            <span>in review <b>{counts.leased}</b></span>
            <span>awaiting second approval <b>{counts.awaitingSecond}</b></span>
            <span>decided <b>{counts.decided}</b></span>
          </>
        )}
        {me.role === 'reviewer' && (
          <button onClick={() => void claimNext()} title="n">
            Claim next <kbd>n</kbd>
          </button>
        )}
      </header>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        {filters.map((name) => (
          <label key={name}>
            {name}
            {name === 'band' ? (
              <select value={query[name] ?? ''} onChange={(event) => setQuery({ ...query, [name]: (event.target as HTMLSelectElement).value })}>
                <option value="">any</option>
                <option value="low">low</option>
                <option value="medium">medium</option>
                <option value="high">high</option>
              </select>
            ) : (
              <input value={query[name] ?? ''} onChange={(event) => setQuery({ ...query, [name]: (event.target as HTMLInputElement).value })} />
            )}
          </label>
        ))}
      </form>
      {message && <p role="status">{message}</p>}
      <table>
        <thead>
          <tr>
            <th>document</th>
            <th>tenant</th>
            <th>kind</th>
            <th>reasons</th>
            <th>lowest confidence</th>
            <th>waiting</th>
            <th>SLA</th>
            <th>state</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry, i) => (
            <tr key={entry.documentId} class={`${i === selected ? 'selected' : ''} ${entry.overdue ? 'overdue' : ''}`} onClick={() => go('documents', entry.documentId)} aria-selected={i === selected}>
              <td>
                <a href={`#/documents/${encodeURIComponent(entry.documentId)}`}>{entry.documentId}</a>
              </td>
              <td>{entry.tenant}</td>
              <td>{entry.kind}</td>
              <td>{entry.reasons.map((r) => r.rule).join(', ')}</td>
              <td>
                <span class={`band band-${entry.fields.find((f) => f.confidence === entry.lowestConfidence)?.band ?? 'high'}`}>{entry.lowestConfidence.toFixed(2)}</span>
              </td>
              <td>{duration(entry.ageMs)}</td>
              <td>{entry.overdue ? <b class="overdue">overdue</b> : `due in ${duration(new Date(entry.dueAt).getTime() - Date.now())}`}</td>
              <td>{entry.lease ? `held by ${entry.lease.holder}` : entry.status === 'AWAITING_SECOND' ? `second approval (first: ${entry.firstApproval?.reviewer})` : 'open'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <p>The queue is empty.</p>}
    </main>
  );
}
