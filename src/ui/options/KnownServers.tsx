/**
 * Options: the servers Invite Guard knows, with who runs them, each trusted with a click; a public
 * one (the platform's own, or open to anyone) only after the confirmation says what that means.
 */
import { useState } from 'preact/hooks';
import type { CatalogueIndex } from '../../recognise/catalogue-index';
import { isolate, ltr, t } from '../../i18n/t';
import type { TrustedServer } from '../../recognise/types';
import { trustServer } from '../../settings/write-settings';
import { HostName } from '../shared/HostName';
import { TrustPublicConfirm } from '../shared/TrustPublicConfirm';
import { operatorPlaceWords } from '../shared/operator-words';
import { knownServerGroups, type ServerRow } from './server-lists';

/** Who runs a known server, where it is based, where the server runs, and whether it is the platform's own: one whole phrase each way. */
function operatorWords(s: ServerRow): string {
  const operator = isolate(s.operator ?? '');
  const placed = operatorPlaceWords({ ...s, operator }, s.official);
  if (placed) return placed;
  return s.official ? t('knownServersOperatorOfficial', [operator]) : operator;
}

export function KnownServers({
  index,
  trusted,
  onTrusted,
  onCancelled,
}: {
  index: CatalogueIndex;
  trusted: TrustedServer[];
  onTrusted: (host: string, shown: string, platform: string) => void;
  onCancelled: (host: string, shown: string) => void;
}) {
  const groups = knownServerGroups(index, trusted);
  /** The public server whose confirmation is open. */
  const [asking, setAsking] = useState<string | null>(null);
  const trust = (s: ServerRow) => void trustServer({ host: s.host, platform: s.platform }).then(() => onTrusted(s.host, s.shown, s.platformName));
  return (
    <details class="known-servers">
      <summary>
        <h3>{t('knownServersTitle')}</h3>
      </summary>
      <p class="hint">{t('knownServersIntro')}</p>
      {groups.map((group) => (
        <div key={group.platform}>
          <h4>{group.platformName}</h4>
          <ul class="item-list">
            {group.servers.map((s) => (
              <li key={s.host} data-host={s.host}>
                <span class="item-text">
                  <HostName host={s.host} shown={s.shown} />
                  <span class="meta"> · {operatorWords(s)}</span>
                </span>
                {s.trusted ? (
                  <span class="trusted-mark">
                    <span aria-hidden="true">✓ </span>
                    {t('knownServersTrusted')}
                  </span>
                ) : (
                  <button
                    type="button"
                    aria-label={t('knownServersTrustLabel', [ltr(s.shown)])}
                    aria-expanded={s.openToAnyone ? asking === s.host : undefined}
                    onClick={() => (s.openToAnyone ? setAsking(s.host) : trust(s))}
                  >
                    {t('knownServersTrust')}
                  </button>
                )}
                {asking === s.host && !s.trusted && (
                  <TrustPublicConfirm
                    host={s.host}
                    shown={s.shown}
                    operator={s.operator}
                    onConfirm={() => {
                      setAsking(null);
                      trust(s);
                    }}
                    onCancel={() => {
                      setAsking(null);
                      onCancelled(s.host, s.shown);
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
