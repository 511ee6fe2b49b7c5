/** Jitsi Meet / BigBlueButton: which server, who runs it, trusted or not, and a guessable room. */
import type { ServerFacts } from './server-facts';

const TEXT = {
  title: 'Server',
  address: 'Address',
  runBy: 'Run by',
  unknownOperator: 'Not known',
  official: 'the platform’s own server',
  publicServer: 'a public server: anyone can open rooms on it',
  trustedByYou: 'Trusted by you',
  yes: 'Yes',
  no: 'No',
  trust: 'Trust this server',
  trustHint: 'Only if your group knows and trusts who runs it: whoever runs it can see who joins, and may see and hear the meeting.',
  trusting: 'Saving…',
  guessable: (room: string) =>
    `The room name “${room}” is easy to guess. On a public server anyone who guesses it can walk in. Use a long, random room name and a password.`,
};

export function ServerPanel({ server, onTrust, busy }: { server: ServerFacts; onTrust: () => void; busy: boolean }) {
  const hostLine = server.shownHost === server.host ? server.host : `${server.shownHost} (${server.host})`;
  const about = [server.official && TEXT.official, server.publicServer && !server.official && TEXT.publicServer].filter(Boolean).join('; ');
  return (
    <section class="server-panel" aria-labelledby="server-title">
      <h3 id="server-title">{TEXT.title}</h3>
      <dl>
        <div class="fact">
          <dt>{TEXT.address}</dt>
          <dd>
            <span class="host">{hostLine}</span>
            {about && <span class="about"> — {about}</span>}
          </dd>
        </div>
        <div class="fact">
          <dt>{TEXT.runBy}</dt>
          <dd>{server.operator ? `${server.operator}${server.country ? `, ${server.country}` : ''}` : TEXT.unknownOperator}</dd>
        </div>
        <div class="fact">
          <dt>{TEXT.trustedByYou}</dt>
          <dd data-trusted={String(server.trusted)}>
            <span aria-hidden="true">{server.trusted ? '✓ ' : '✕ '}</span>
            {server.trusted ? TEXT.yes : TEXT.no}
          </dd>
        </div>
      </dl>
      {server.guessableRoom !== null && (
        <p class="callout guessable-room" role="note">
          <span aria-hidden="true">! </span>
          {TEXT.guessable(server.guessableRoom)}
        </p>
      )}
      {!server.trusted && (
        <div class="trust">
          <button type="button" class="trust-server" onClick={onTrust} disabled={busy} aria-describedby="trust-hint">
            {busy ? TEXT.trusting : TEXT.trust}
          </button>
          <p id="trust-hint" class="hint">
            {TEXT.trustHint}
          </p>
        </div>
      )}
    </section>
  );
}
