import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, post } from './api.js';
import { navigate, onLinkClick, useLocation } from './router.js';
import './styles.css';
import type { Capabilities, Meta, User } from './types.js';
import { useApi } from './use-api.js';
import { DeclarationView } from './views/declaration.js';
import { ExchangeView } from './views/exchange.js';
import { UsersView } from './views/users.js';
import { VerificationView } from './views/verification.js';
import { ModelView } from './views/model.js';
import { OverviewView } from './views/overview.js';
import { QualityView } from './views/quality.js';
import { QueueView } from './views/queue.js';
import { SharedView } from './views/shared.js';
import { SignInView } from './views/sign-in.js';
import { Empty, Loading } from './views/states.js';

function App() {
  const [user, setUser] = useState<User | null>();
  useEffect(() => {
    void api<{ user?: User }>('/v1/auth/me').then(
      (answer) => setUser(answer.state === 'ok' ? (answer.data.user ?? null) : null),
      () => setUser(null),
    );
    const signedOut = () => setUser(null);
    window.addEventListener('tamga:signed-out', signedOut);
    return () => window.removeEventListener('tamga:signed-out', signedOut);
  }, []);
  if (user === undefined) return <p role="status">Loading…</p>;
  if (user === null || user.mustChangePassword) return <SignInView {...(user ? { user } : {})} onSignedIn={setUser} />;
  return <Shell user={user} onSignOut={() => void post('/v1/auth/sign-out', {}).then(() => setUser(null))} />;
}

function Shell(props: { user: User; onSignOut: () => void }) {
  const path = useLocation().split('?')[0]!;
  const agency = props.user.role === 'agency';
  const capabilities = useApi<Capabilities>('/v1/dashboard/capabilities');
  const meta = useApi<Meta>(agency ? undefined : '/v1/analytics/meta');
  useEffect(() => {
    if (path === '/' || path === '/sign-in') navigate(agency ? '/shared' : '/overview');
  }, [path]);
  const caps = capabilities?.state === 'ok' ? capabilities.data : undefined;
  const links = agency
    ? [['/shared', 'Shared with you']]
    : [
        ['/overview', 'Overview'],
        ['/queue', 'Risk queue'],
        ['/quality', 'Data quality'],
        ['/model', 'Model'],
        ...(caps?.exchangeMonitor ? [['/exchange', 'Exchange']] : []),
        ...(caps?.verification ? [['/verification', 'Verification']] : []),
        ...(props.user.role === 'admin' ? [['/users', 'Users']] : []),
      ];
  return (
    <div class="shell" onClick={onLinkClick}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header>
        <a class="brand" href="/overview" aria-label="Tamga home">
          Tamga
        </a>
        <nav aria-label="Views">
          {links.map(([href, label]) => (
            <a href={href} aria-current={path.startsWith(href!) ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <span class="who">
          {props.user.displayName} · {props.user.role}
          {props.user.memberId ? ` (${props.user.memberId})` : ''}
        </span>
        <button type="button" class="secondary" onClick={props.onSignOut}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {agency ? (
          <SharedView {...(path.startsWith('/shared/') ? { id: path.slice('/shared/'.length) } : {})} />
        ) : meta?.state !== 'ok' || !caps ? (
          <Loading loaded={meta} />
        ) : meta.data.declarations === 0 ? (
          <Empty
            title="No declarations yet"
            text="Submit declarations (POST /v1/declarations) or start with npm start, which loads the samples."
          />
        ) : (
          route(path, { meta: meta.data, caps, user: props.user })
        )}
      </main>
    </div>
  );
}

function route(path: string, context: { meta: Meta; caps: Capabilities; user: User }) {
  if (path.startsWith('/declarations/')) {
    const id = decodeURIComponent(path.slice('/declarations/'.length));
    return <DeclarationView id={id} routing={context.caps.routing} />;
  }
  if (path === '/queue') return <QueueView meta={context.meta} capabilities={context.caps} user={context.user} />;
  if (path === '/quality') return <QualityView meta={context.meta} />;
  if (path === '/model') return <ModelView capabilities={context.caps} />;
  if (path === '/users' && context.user.role === 'admin') return <UsersView />;
  if (path === '/exchange' && context.caps.exchangeMonitor) return <ExchangeView />;
  if (path === '/verification' && context.caps.verification) return <VerificationView />;
  return <OverviewView meta={context.meta} />;
}

render(<App />, document.getElementById('app')!);
