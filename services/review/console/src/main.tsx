import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, whenSignedOut, type Me } from './api';
import { go, useHashRoute } from './hash-route';
import { useKeys } from './keyboard';
import { DocumentView } from './views/document-view';
import { LineageView } from './views/lineage-view';
import { PipelineView } from './views/pipeline-view';
import { QueueView } from './views/queue-view';
import { SignIn } from './views/sign-in';
import './styles.css';

function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const route = useHashRoute();
  useEffect(() => {
    whenSignedOut(() => setMe(null));
    void api.me().then((found) => setMe(found ?? null));
  }, []);
  useKeys({ g: () => go('queue'), p: () => go('pipeline') });
  if (me === undefined) return <p>loading…</p>;
  if (me === null) return <SignIn onSignedIn={setMe} />;
  const [view, id] = route;
  return (
    <>
      <nav>
        <b>Sluice review</b>
        <a href="#/queue">Queue <kbd>g</kbd></a>
        <a href="#/pipeline">Pipeline <kbd>p</kbd></a>
        <span class="me">
          {me.username} ({me.role}
          {me.role === 'reviewer' ? `: ${me.tenants.join(', ')}` : ''})
        </span>
        <button onClick={() => void api.signOut().then(() => setMe(null))}>Sign out</button>
      </nav>
      {view === 'documents' && id ? (
        <DocumentView key={id} me={me} documentId={id} />
      ) : view === 'lineage' && id ? (
        <LineageView documentId={id} />
      ) : view === 'pipeline' ? (
        <PipelineView />
      ) : (
        <QueueView me={me} />
      )}
    </>
  );
}

render(<App />, document.getElementById('app')!);
