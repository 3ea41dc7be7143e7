import { useState } from 'preact/hooks';
import { post } from '../api.js';
import { DataTable } from '../data-table.js';
import type { User } from '../types.js';
import { useApi } from '../use-api.js';
import { Loading } from './states.js';

const ROLES = [
  ['risk-officer', 'Risk officer: queue and inspection results'],
  ['analyst', 'Analyst: reads everything'],
  ['agency', 'Agency user: what its agreements share'],
  ['admin', 'Administrator'],
] as const;

/** Administrators add officers, analysts and agency users; each chooses a password at first sign-in. */
export function UsersView() {
  const [version, setVersion] = useState(0);
  const [role, setRole] = useState('risk-officer');
  const [message, setMessage] = useState('');
  const loaded = useApi<{ users: (User & { disabled: boolean })[] }>('/v1/users', version);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const answer = await post('/v1/users', {
      username: data.username,
      displayName: data.displayName,
      role: data.role,
      password: data.password,
      ...(data.role === 'agency' ? { memberId: data.memberId } : {}),
    });
    setMessage(answer.state === 'ok' ? `${data.username} can now sign in and will choose a password.` : answer.message);
    if (answer.state === 'ok') {
      form.reset();
      setVersion(version + 1);
    }
  };
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">Users</h1>
      <div class="grid">
        <article class="panel">
          <h2>Add a user</h2>
          <form class="stack" onSubmit={(event) => void submit(event)} aria-label="Add a user">
            <label>
              Username
              <input name="username" required pattern="[a-zA-Z0-9._\-]{2,64}" autoComplete="off" />
            </label>
            <label>
              Name shown
              <input name="displayName" required />
            </label>
            <label>
              Role
              <select name="role" value={role} onChange={(event) => setRole((event.target as HTMLSelectElement).value)}>
                {ROLES.map(([value, label]) => (
                  <option value={value}>{label}</option>
                ))}
              </select>
            </label>
            {role === 'agency' && (
              <label>
                Exchange member id
                <input name="memberId" required placeholder="vet" />
              </label>
            )}
            <label>
              First password (10 characters at least)
              <input name="password" type="password" minLength={10} required autoComplete="new-password" />
            </label>
            <button type="submit">Add user</button>
            {message && <p role="status">{message}</p>}
          </form>
        </article>
        <article class="panel">
          <h2>Who can sign in</h2>
          {loaded?.state === 'ok' ? (
            <DataTable
              caption="Users"
              rowKey={(row) => row.id}
              rows={loaded.data.users}
              columns={[
                { label: 'Username', cell: (row) => row.username },
                { label: 'Name', cell: (row) => row.displayName },
                { label: 'Role', cell: (row) => `${row.role}${row.memberId ? ` (${row.memberId})` : ''}` },
                {
                  label: 'State',
                  cell: (row) =>
                    row.disabled ? 'disabled' : row.mustChangePassword ? 'first sign-in pending' : 'active',
                },
              ]}
            />
          ) : (
            <Loading loaded={loaded} />
          )}
        </article>
      </div>
    </section>
  );
}
