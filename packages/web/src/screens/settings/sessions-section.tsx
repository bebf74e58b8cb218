import type { Vault } from '@amends/client';
import { useCallback, useEffect, useId, useState } from 'react';
import { FormAlert, Notice } from '../../components/form-alert';
import { useAction } from '../../components/use-action';
import { describeDevice, formatWhen } from './describe-session';

type SessionInfo = Awaited<ReturnType<Vault['sessions']>>[number];

export function SessionsSection({ vault }: { vault: Vault }) {
  const [sessions, setSessions] = useState<SessionInfo[] | null>(null);
  const [notice, setNotice] = useState('');
  const { error, run } = useAction();
  const id = useId();

  const load = useCallback(async () => setSessions(currentFirst(await vault.sessions())), [vault]);
  const refresh = useCallback(() => run(load), [run, load]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const end = async (session: SessionInfo) => {
    setNotice('');
    const failed = await run(async () => {
      await vault.endSession(session.id);
      await load();
    });
    if (!failed) setNotice(`Ended the session on ${describeDevice(session.userAgent)}.`);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>Where you are signed in</h2>
      <p>End any session you do not recognise. Ending one signs that browser out at once.</p>
      {sessions === null ? (
        <p>Loading sessions…</p>
      ) : (
        <ul className="sessions" aria-label="Sessions">
          {sessions.map((session) => (
            <li key={session.id} className="sessions__item">
              <p className="sessions__device">
                {describeDevice(session.userAgent)}
                {session.current ? <span className="badge"> This device</span> : null}
              </p>
              <p className="sessions__when">
                Signed in {formatWhen(session.createdAt)} · last active {formatWhen(session.lastSeenAt)}
              </p>
              {session.current ? (
                <p className="sessions__hint">To end this one, log out.</p>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void end(session)}
                  aria-label={`End session on ${describeDevice(session.userAgent)}, signed in ${formatWhen(session.createdAt)}`}
                >
                  End session
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormAlert message={error?.message} />
      <Notice message={notice} />
    </section>
  );
}

/** This device first, then the most recently active. */
function currentFirst(sessions: SessionInfo[]): SessionInfo[] {
  return [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
}
