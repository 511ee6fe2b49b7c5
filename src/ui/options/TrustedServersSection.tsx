/** Options: the Jitsi Meet / BigBlueButton servers the person trusts: add, remove, pick a known one. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CatalogueIndex } from '../../recognise/catalogue-index';
import { ltr, t } from '../../i18n/t';
import type { TrustedServer } from '../../recognise/types';
import { trustServer, untrustServer } from '../../settings/write-settings';
import { HostName } from '../shared/HostName';
import { tParts } from '../shared/message-parts';
import { KnownServers } from './KnownServers';
import { TrustPublicConfirm } from '../shared/TrustPublicConfirm';
import { isOpenToAnyone } from '../../recognise/open-server';
import { PLATFORM_NAMES, trustedRows } from './server-lists';
import { serverToTrust, type TrustablePlatform } from '../shared/trusted-server-input';

/** `trusted`: the servers in force; those the organisation's policy set are shown as its, with no Remove. */
export function TrustedServersSection({ index, trusted }: { index: CatalogueIndex; trusted: TrustedServer[] }) {
  const [value, setValue] = useState('');
  const [platform, setPlatform] = useState<TrustablePlatform>('jitsi');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<ComponentChildren>('');
  /** A public server typed into the field, waiting for its confirmation. */
  const [asking, setAsking] = useState<{ server: TrustedServer; shown: string; operator: string | null } | null>(null);
  const added = (host: string, shown: string, platformName: string) => setDone(tParts('trustedAdded', [<HostName host={host} shown={shown} />, platformName]));
  const cancelled = (host: string, shown: string) => setDone(tParts('trustPublicCancelled', [<HostName host={host} shown={shown} />]));
  const save = async (server: TrustedServer, shown: string) => {
    await trustServer(server);
    setValue('');
    added(server.host, shown, PLATFORM_NAMES[server.platform]);
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const result = serverToTrust(index, value, platform, trusted);
    if (!result.ok) {
      setDone('');
      setProblem(result.message);
      return;
    }
    setProblem(null);
    const known = index.servers.get(result.server.host);
    if (known && isOpenToAnyone(known)) {
      setDone('');
      setAsking({ server: result.server, shown: result.shown, operator: known.instance.operator });
      return;
    }
    await save(result.server, result.shown);
  };
  const remove = async (host: string, shown: string) => {
    await untrustServer(host);
    setProblem(null);
    setDone(tParts('trustedRemoved', [<HostName host={host} shown={shown} />]));
  };

  const rows = trustedRows(index, trusted);
  return (
    <section aria-labelledby="trusted-title" id="trusted-servers">
      <h2 id="trusted-title">{t('trustedTitle')}</h2>
      <p>{t('trustedIntro', [t('levelOk')])}</p>
      <form class="add-form" onSubmit={(e) => void add(e)} noValidate>
        <label for="server-input">{t('trustedField')}</label>
        <input
          id="server-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={value}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'server-problem server-hint' : 'server-hint'}
        />
        {problem && (
          <p id="server-problem" class="field-problem" role="alert">
            {problem}
          </p>
        )}
        <p id="server-hint" class="hint">
          {t('trustedHint', [ltr('meet.example.org'), ltr('https://meet.example.org/OurRoom')])}
        </p>
        <div class="field-row">
          <label for="server-platform">{t('trustedPlatform')}</label>
          <select id="server-platform" value={platform} onChange={(e) => setPlatform((e.target as HTMLSelectElement).value as TrustablePlatform)}>
            <option value="jitsi">{PLATFORM_NAMES.jitsi}</option>
            <option value="bigbluebutton">{PLATFORM_NAMES.bigbluebutton}</option>
          </select>
          <button type="submit" id="server-add">
            {t('trustedAdd')}
          </button>
        </div>
      </form>
      {asking && (
        <TrustPublicConfirm
          host={asking.server.host}
          shown={asking.shown}
          operator={asking.operator}
          onConfirm={() => {
            setAsking(null);
            void save(asking.server, asking.shown);
          }}
          onCancel={() => {
            setAsking(null);
            cancelled(asking.server.host, asking.shown);
          }}
        />
      )}
      <p class="done" role="status">
        {done}
      </p>

      <h3>{t('trustedYours')}</h3>
      {rows.length === 0 ? (
        <p class="note">{t('trustedNone')}</p>
      ) : (
        <ul class="item-list trusted-list">
          {rows.map((r) => (
            <li key={r.host} data-host={r.host}>
              <span class="item-text">
                <HostName host={r.host} shown={r.shown} />{' '}
                <span class="meta">
                  · {r.platformName}
                  {r.operator && (
                    <>
                      {' '}
                      · <bdi>{r.operator}</bdi>
                    </>
                  )}
                </span>
              </span>
              {r.managed ? (
                <span class="managed-mark" data-managed="true">
                  {t('managedByOrganisation')}
                </span>
              ) : (
                <button type="button" aria-label={t('trustedRemoveLabel', [ltr(r.shown)])} onClick={() => void remove(r.host, r.shown)}>
                  {t('trustedRemove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <KnownServers index={index} trusted={trusted} onTrusted={added} onCancelled={cancelled} />
    </section>
  );
}
