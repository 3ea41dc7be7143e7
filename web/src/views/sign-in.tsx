import { useState } from 'preact/hooks';
import { post } from '../api.js';
import type { User } from '../types.js';

/** Sign-in, then (for a new or one-time password) choosing one's own password. */
export function SignInView(props: { user?: User; onSignedIn: (user: User) => void }) {
  const [message, setMessage] = useState('');
  const [current, setCurrent] = useState('');
  const signIn = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const answer = await post<{ user: User }>('/v1/auth/sign-in', {
      username: form.get('username'),
      password: form.get('password'),
    }).catch(() => undefined);
    if (answer?.state === 'ok') {
      setCurrent((form.get('password') as string | null) ?? '');
      props.onSignedIn(answer.data.user);
    } else setMessage('Wrong username or password.');
  };
  const change = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const answer = await post('/v1/auth/password', { current: form.get('current') ?? current, next: form.get('next') });
    if (answer.state === 'ok' && props.user) props.onSignedIn({ ...props.user, mustChangePassword: false });
    else setMessage(answer.state === 'ok' ? '' : answer.message);
  };
  return (
    <main id="main" class="sign-in">
      <h1>Tamga</h1>
      {props.user?.mustChangePassword ? (
        <form class="stack panel" onSubmit={(event) => void change(event)} aria-label="Choose your password">
          <p>Choose your own password (10 characters at least).</p>
          {!current && (
            <label>
              Current password
              <input name="current" type="password" autoComplete="current-password" required />
            </label>
          )}
          <label>
            New password
            <input name="next" type="password" autoComplete="new-password" minLength={10} required autoFocus />
          </label>
          <button type="submit">Save and continue</button>
          {message && (
            <p class="error" role="alert">
              {message}
            </p>
          )}
        </form>
      ) : (
        <form class="stack panel" onSubmit={(event) => void signIn(event)} aria-label="Sign in">
          <label>
            Username
            <input name="username" autoComplete="username" required autoFocus />
          </label>
          <label>
            Password
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          <button type="submit">Sign in</button>
          {message && (
            <p class="error" role="alert">
              {message}
            </p>
          )}
        </form>
      )}
    </main>
  );
}
