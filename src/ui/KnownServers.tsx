/** Options: the public servers Invite Guard knows, with who runs them, each trusted in one click. */
import type { CatalogueIndex } from '../catalogue/compile-index';
import type { TrustedServer } from '../recognise/types';
import { trustServer } from '../settings/write-settings';
import { HostName } from './HostName';
import { knownServerGroups } from './server-lists';

const TEXT = {
  title: 'Public servers Invite Guard knows',
  intro: 'Recognised, never trusted by default. Trust one only if your group knows and trusts who runs it.',
  official: 'run by the platform’s owner',
  trust: 'Trust',
  trustLabel: (name: string) => `Trust ${name}`,
  trusted: 'Trusted',
};

export function KnownServers({ index, trusted, onTrusted }: { index: CatalogueIndex; trusted: TrustedServer[]; onTrusted: (shown: string, platform: string) => void }) {
  const groups = knownServerGroups(index, trusted);
  return (
    <details class="known-servers">
      <summary>
        <h3>{TEXT.title}</h3>
      </summary>
      <p class="hint">{TEXT.intro}</p>
      {groups.map((group) => (
        <div key={group.platform}>
          <h4>{group.platformName}</h4>
          <ul class="item-list">
            {group.servers.map((s) => (
              <li key={s.host} data-host={s.host}>
                <span class="item-text">
                  <HostName host={s.host} shown={s.shown} />
                  <span class="meta">
                    {' '}
                    · {s.operator}
                    {s.country ? `, ${s.country}` : ''}
                    {s.official ? ` (${TEXT.official})` : ''}
                  </span>
                </span>
                {s.trusted ? (
                  <span class="trusted-mark">
                    <span aria-hidden="true">✓ </span>
                    {TEXT.trusted}
                  </span>
                ) : (
                  <button
                    type="button"
                    aria-label={TEXT.trustLabel(s.shown)}
                    onClick={() => void trustServer({ host: s.host, platform: s.platform }).then(() => onTrusted(s.shown, group.platformName))}
                  >
                    {TEXT.trust}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
