import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiError, type Entry, type Me } from '../api';
import { clock, duration } from '../format';
import { go } from '../hash-route';
import { useKeys } from '../keyboard';
import { highlightSegments } from '../text-highlight';

const HEARTBEAT_MS = 60_000;

/**
 * One document: the text beside the fields, each field's confidence band and source span, match
 * candidates, the findings that sent it to review, and the correction form. Keyboard only:
 * j/k fields, Enter edit (Enter keeps, Esc reverts), y accept, c claim, r rationale, a approve,
 * x reject, u release, n next document, l lineage, q queue, ? help.
 */
export function DocumentView({ me, documentId }: { me: Me; documentId: string }) {
  const [entry, setEntry] = useState<Entry | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [current, setCurrent] = useState(0);
  const [rationale, setRationale] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const inputs = useRef<Record<string, HTMLInputElement | null>>({});
  const rationaleBox = useRef<HTMLTextAreaElement | null>(null);
  const textPane = useRef<HTMLPreElement | null>(null);

  const show = (next: Entry) => {
    setEntry((previous) => ({ ...next, text: next.text ?? previous?.text ?? null, model: next.model ?? previous?.model ?? null }));
  };

  useEffect(() => {
    setEntry(null);
    setMessage(null);
    setRationale('');
    setAccepted(new Set());
    setCurrent(0);
    api.entry(documentId).then(
      (loaded) => {
        setEntry(loaded);
        // A second approver starts from the first approver's values.
        const firstValues = Object.fromEntries((loaded.firstApproval?.corrections ?? []).map((c) => [c.name, c.value]));
        setValues({ ...Object.fromEntries(loaded.fields.map((f) => [f.name, f.value])), ...firstValues });
      },
      (error: unknown) => setMessage(error instanceof ApiError ? `${error.status}: ${error.message}` : String(error)),
    );
  }, [documentId]);

  const mine = entry?.lease?.holder === me.username;
  useEffect(() => {
    if (!mine) return;
    const timer = setInterval(() => {
      api.heartbeat(documentId).then(show, (error: unknown) => setMessage(`lease lost: ${error instanceof Error ? error.message : String(error)}`));
    }, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [mine, documentId]);

  const fields = entry?.fields ?? [];
  const field = fields[current];
  useEffect(() => {
    textPane.current?.querySelector('mark.current')?.scrollIntoView({ block: 'center' });
  }, [current, entry]);

  const segments = useMemo(() => (entry?.text ? highlightSegments(entry.text, fields) : []), [entry?.text, fields]);
  const corrections = fields.filter((f) => (values[f.name] ?? f.value) !== f.value).map((f) => ({ name: f.name, value: values[f.name]! }));

  const act = async (work: () => Promise<Entry | undefined>, done?: string) => {
    try {
      const result = await work();
      if (result) show(result);
      setMessage(done ?? null);
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : String(error));
    }
  };

  const decide = (action: 'approve' | 'reject') => {
    if (!entry) return;
    if (rationale.trim() === '') {
      setMessage('a rationale is required: press r and write why');
      rationaleBox.current?.focus();
      return;
    }
    void act(
      () => api.decide(entry.documentId, { action, rationale, corrections: action === 'approve' ? corrections : [] }),
      action === 'approve' ? 'approved' : 'rejected',
    );
  };

  const edit = () => {
    if (!field) return;
    const input = inputs.current[field.name];
    input?.focus();
    input?.select();
  };

  useKeys({
    j: () => setCurrent((i) => Math.min(i + 1, fields.length - 1)),
    ArrowDown: () => setCurrent((i) => Math.min(i + 1, fields.length - 1)),
    k: () => setCurrent((i) => Math.max(i - 1, 0)),
    ArrowUp: () => setCurrent((i) => Math.max(i - 1, 0)),
    Enter: edit,
    e: edit,
    y: () => {
      if (!field) return;
      setAccepted(new Set([...accepted, field.name]));
      setCurrent((i) => Math.min(i + 1, fields.length - 1));
    },
    c: () => void act(() => api.claim(documentId), 'claimed'),
    u: () => void act(() => api.release(documentId), 'released'),
    r: () => rationaleBox.current?.focus(),
    a: () => decide('approve'),
    x: () => decide('reject'),
    'Ctrl+Enter': () => decide('approve'),
    n: () =>
      void api.claimNext().then(
        (next) => (next ? go('documents', next.documentId) : setMessage('nothing else is waiting for you')),
        (error: unknown) => setMessage(String(error)),
      ),
    l: () => go('lineage', documentId),
    q: () => go('queue'),
    '?': () => setHelp((on) => !on),
  });

  if (!entry) return <main class="document">{message ?? 'loading…'}</main>;

  const onFieldKey = (event: KeyboardEvent, name: string, original: string) => {
    if (event.key === 'Enter' && !event.ctrlKey) {
      event.preventDefault();
      event.stopPropagation();
      (event.target as HTMLInputElement).blur();
      setAccepted(new Set([...accepted, name]));
      setCurrent((i) => Math.min(i + 1, fields.length - 1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setValues({ ...values, [name]: original });
      (event.target as HTMLInputElement).blur();
    }
  };

  const decided = entry.status === 'DECIDED';
  return (
    <main class="document">
      <header class="document-header">
        <h2>{entry.documentId}</h2>
        <span>
          {entry.tenant} · {entry.kind} · waiting {duration(entry.ageMs)} · {entry.overdue ? <b class="overdue">overdue</b> : `due ${clock(entry.dueAt)}`}
        </span>
        <span class="lease" data-testid="lease">
          {decided
            ? `decided ${entry.decision} by ${entry.decidedBy}`
            : entry.lease
              ? `held by ${entry.lease.holder} until ${clock(entry.lease.expiresAt)}`
              : entry.status === 'AWAITING_SECOND'
                ? `awaiting a second approval (first: ${entry.firstApproval?.reviewer})`
                : 'not claimed: press c'}
        </span>
        {message && (
          <p role="status" class="message">
            {message}
          </p>
        )}
      </header>
      <section class="text" aria-label="document text">
        {entry.model && (
          <p class="model">
            extracted by {entry.model.provider}/{entry.model.model} {entry.model.version}
            {entry.model.promptId ? ` · prompt ${entry.model.promptId}` : ''}
          </p>
        )}
        <pre ref={textPane}>
          {entry.text
            ? segments.map((segment) =>
                segment.fields.length ? (
                  <mark key={segment.start} class={field && segment.fields.includes(field.name) ? 'current' : ''} data-fields={segment.fields.join(' ')}>
                    {segment.text}
                  </mark>
                ) : (
                  segment.text
                ),
              )
            : 'The document text has not reached the review service (documents.extracted.v1).'}
        </pre>
      </section>
      <section class="fields" aria-label="fields">
        <h3>Fields</h3>
        <ol>
          {fields.map((f, i) => {
            const value = values[f.name] ?? f.value;
            return (
              <li key={f.name} class={`${i === current ? 'current' : ''} ${value !== f.value ? 'corrected' : ''}`} data-field={f.name}>
                <label>
                  <span class="name" title={f.name}>{f.name}</span>
                  <input
                    ref={(element) => {
                      inputs.current[f.name] = element;
                    }}
                    value={value}
                    readOnly={decided}
                    tabIndex={-1}
                    onInput={(event) => setValues({ ...values, [f.name]: (event.target as HTMLInputElement).value })}
                    onKeyDown={(event) => onFieldKey(event, f.name, f.value)}
                  />
                </label>
                <span class={`band band-${f.band}`} title={`confidence ${f.confidence}`}>
                  {f.band} {f.confidence.toFixed(2)}
                </span>
                {accepted.has(f.name) && <span class="checked">✓</span>}
                {value !== f.value && <span class="was">was: {f.value}</span>}
                {!f.span && i === current && <span class="no-span">no source span</span>}
              </li>
            );
          })}
        </ol>
        <h3>Why it is here</h3>
        <ul class="reasons">
          {entry.reasons.map((reason) => (
            <li key={reason.rule}>
              <b>{reason.rule}</b> ({reason.severity}): {reason.message}
            </li>
          ))}
        </ul>
        <h3>Match candidates</h3>
        <ul class="matches">
          {entry.matches.length === 0 && <li>none</li>}
          {entry.matches.map((match) => (
            <li key={`${match.entityType}:${match.refId}`}>
              {match.entityType} <b>{match.name}</b> ({match.refId}) score {match.score.toFixed(2)}
            </li>
          ))}
        </ul>
        {entry.firstApproval && (
          <p class="four-eyes">
            First approval by <b>{entry.firstApproval.reviewer}</b> ({entry.firstApproval.fourEyes.join('; ')}): {entry.firstApproval.rationale}
          </p>
        )}
        {!decided && me.role === 'reviewer' && (
          <form class="decision" onSubmit={(event) => event.preventDefault()}>
            <label>
              Rationale <kbd>r</kbd>
              <textarea
                ref={rationaleBox}
                value={rationale}
                rows={3}
                onInput={(event) => setRationale((event.target as HTMLTextAreaElement).value)}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') (event.target as HTMLTextAreaElement).blur();
                }}
              />
            </label>
            <p>
              {corrections.length} correction(s). <kbd>a</kbd> or <kbd>Ctrl+Enter</kbd> approve · <kbd>x</kbd> reject
            </p>
            <button type="button" onClick={() => decide('approve')}>
              Approve
            </button>
            <button type="button" onClick={() => decide('reject')}>
              Reject
            </button>
          </form>
        )}
      </section>
      {help && (
        <aside class="help" role="note" aria-label="keyboard">
          <p>
            <kbd>j</kbd>/<kbd>k</kbd> next/previous field · <kbd>Enter</kbd> edit (Enter keeps, Esc reverts) · <kbd>y</kbd> accept field · <kbd>c</kbd> claim ·{' '}
            <kbd>u</kbd> release · <kbd>r</kbd> rationale · <kbd>a</kbd> approve · <kbd>x</kbd> reject · <kbd>n</kbd> next document · <kbd>l</kbd> lineage · <kbd>q</kbd> queue
          </p>
        </aside>
      )}
    </main>
  );
}
