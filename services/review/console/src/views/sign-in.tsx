import { useState } from 'preact/hooks';
import { api, ApiError, type Me } from '../api';

export function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.signIn(form.get('username') as string, form.get('password') as string));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'the review service did not answer');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="sign-in">
      <h1>Sluice review</h1>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          Username <input name="username" autocomplete="username" required autofocus />
        </label>
        <label>
          Password <input name="password" type="password" autocomplete="current-password" required />
        </label>
        <button type="submit" disabled={busy}>
          Sign in
        </button>
        {error && <p role="alert" class="error">{error}</p>}
      </form>
    </main>
  );
}
