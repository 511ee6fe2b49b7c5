/** Options: the Jitsi Meet / BigBlueButton servers the person trusts: add, remove, pick a known one. */
import { useState } from 'preact/hooks';
import type { CatalogueIndex } from '../catalogue/compile-index';
import type { TrustedServer } from '../recognise/types';
import { trustServer, untrustServer } from '../settings/write-settings';
import { HostName } from './HostName';
import { KnownServers } from './KnownServers';
import { PLATFORM_NAMES, trustedRows } from './server-lists';
import { serverToTrust, type TrustablePlatform } from './trusted-server-input';

const TEXT = {
  title: 'Trusted servers',
  intro:
    'Jitsi Meet and BigBlueButton run on many servers. Whoever runs a server can see who joins, and unless end-to-end encryption is on, see and hear the meeting. Links to a server you trust are marked “Looks safe”.',
  field: 'Server name or meeting link',
  hint: 'For example meet.example.org, or a whole link such as https://meet.example.org/OurRoom.',
  platform: 'It runs',
  add: 'Trust this server',
  added: (name: string, platform: string) => `Added ${name} (${platform}).`,
  removed: (name: string) => `Removed ${name}.`,
  yours: 'Servers you trust',
  none: 'None yet.',
  remove: 'Remove',
  removeLabel: (name: string) => `Remove ${name} from trusted servers`,
};

export function TrustedServersSection({ index, trusted }: { index: CatalogueIndex; trusted: TrustedServer[] }) {
  const [value, setValue] = useState('');
  const [platform, setPlatform] = useState<TrustablePlatform>('jitsi');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const add = async (event: Event) => {
    event.preventDefault();
    const result = serverToTrust(index, value, platform, trusted);
    if (!result.ok) {
      setDone('');
      return setProblem(result.message);
    }
    setProblem(null);
    await trustServer(result.server);
    setValue('');
    setDone(TEXT.added(result.shown, PLATFORM_NAMES[result.server.platform]));
  };
  const remove = async (host: string, shown: string) => {
    await untrustServer(host);
    setProblem(null);
    setDone(TEXT.removed(shown));
  };

  const rows = trustedRows(index, trusted);
  return (
    <section aria-labelledby="trusted-title" id="trusted-servers">
      <h2 id="trusted-title">{TEXT.title}</h2>
      <p>{TEXT.intro}</p>
      <form class="add-form" onSubmit={(e) => void add(e)} noValidate>
        <label for="server-input">{TEXT.field}</label>
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
          {TEXT.hint}
        </p>
        <div class="field-row">
          <label for="server-platform">{TEXT.platform}</label>
          <select id="server-platform" value={platform} onChange={(e) => setPlatform((e.target as HTMLSelectElement).value as TrustablePlatform)}>
            <option value="jitsi">{PLATFORM_NAMES.jitsi}</option>
            <option value="bigbluebutton">{PLATFORM_NAMES.bigbluebutton}</option>
          </select>
          <button type="submit" id="server-add">
            {TEXT.add}
          </button>
        </div>
      </form>
      <p class="done" role="status">
        {done}
      </p>

      <h3>{TEXT.yours}</h3>
      {rows.length === 0 ? (
        <p class="note">{TEXT.none}</p>
      ) : (
        <ul class="item-list trusted-list">
          {rows.map((r) => (
            <li key={r.host} data-host={r.host}>
              <span class="item-text">
                <HostName host={r.host} shown={r.shown} /> <span class="meta">· {r.platformName}{r.operator ? ` · ${r.operator}` : ''}</span>
              </span>
              <button type="button" aria-label={TEXT.removeLabel(r.shown)} onClick={() => void remove(r.host, r.shown)}>
                {TEXT.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <KnownServers index={index} trusted={trusted} onTrusted={(shown, name) => setDone(TEXT.added(shown, name))} />
    </section>
  );
}
