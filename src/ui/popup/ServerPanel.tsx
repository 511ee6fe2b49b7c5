/** Jitsi Meet / BigBlueButton: which server, who runs it, trusted or not, and a guessable room. */
import { useState } from 'preact/hooks';
import { isolate, t } from '../../i18n/t';
import { HostName } from '../shared/HostName';
import { operatorPlaceWords } from '../shared/operator-words';
import { tParts } from '../shared/message-parts';
import { TrustPublicConfirm } from '../shared/TrustPublicConfirm';
import type { ServerFacts } from './server-facts';

export function ServerPanel({ server, onTrust, busy }: { server: ServerFacts; onTrust: () => void; busy: boolean }) {
  const about = server.official ? t('serverOfficial') : server.publicServer ? t('serverPublic') : '';
  const runBy = server.operator ? operatorPlaceWords({ ...server, operator: isolate(server.operator) }) : null;
  // A public server is trusted only after the confirmation says what that means (issue 14).
  const [asking, setAsking] = useState(false);
  return (
    <section class="server-panel" aria-labelledby="server-title">
      <h3 id="server-title">{t('serverTitle')}</h3>
      <dl>
        <div class="fact">
          <dt>{t('serverAddress')}</dt>
          <dd>
            <HostName host={server.host} shown={server.shownHost} />
            {about && <span class="about"> — {about}</span>}
          </dd>
        </div>
        <div class="fact">
          <dt>{t('serverRunBy')}</dt>
          <dd>{server.operator ? (runBy ?? <bdi>{server.operator}</bdi>) : t('serverOperatorUnknown')}</dd>
        </div>
        <div class="fact">
          {/* Who trusts it is the label's to say: "Trusted by your organisation: Yes". */}
          <dt>{t(server.trustedByOrganisation ? 'serverTrustedByOrganisation' : 'serverTrustedByYou')}</dt>
          <dd data-trusted={String(server.trusted)}>
            <span aria-hidden="true">{server.trusted ? '✓ ' : '✕ '}</span>
            {server.trusted ? t('serverTrustedYes') : t('serverTrustedNo')}
          </dd>
        </div>
      </dl>
      {server.guessableRoom !== null && (
        <p class="callout guessable-room" role="note">
          <span aria-hidden="true">! </span>
          {tParts('serverGuessableRoom', [<bdi>{server.guessableRoom}</bdi>])}
        </p>
      )}
      {!server.trusted && (
        <div class="trust">
          <button
            type="button"
            class="trust-server"
            onClick={server.publicServer ? () => setAsking(true) : onTrust}
            disabled={busy}
            aria-expanded={server.publicServer ? asking : undefined}
            aria-describedby="trust-hint"
          >
            {busy ? t('serverSaving') : t('serverTrust')}
          </button>
          <p id="trust-hint" class="hint">
            {t('serverTrustHint')}
          </p>
          {asking && (
            <TrustPublicConfirm
              host={server.host}
              shown={server.shownHost}
              operator={server.operator}
              onConfirm={() => {
                setAsking(false);
                onTrust();
              }}
              onCancel={() => setAsking(false)}
            />
          )}
        </div>
      )}
    </section>
  );
}
