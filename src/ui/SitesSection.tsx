/** Options: the sites where Invite Guard changes nothing, and the sites paused for now. */
import { useState } from 'preact/hooks';
import type { Settings } from '../settings/schema';
import { resumeOnSite, turnOffOnSite, turnOnOnSite } from '../settings/write-settings';
import { HostName } from './HostName';
import { parseHostInput, unicodeHost } from './host-input';

const TEXT = {
  title: 'Sites where nothing is changed',
  intro: 'On these sites (and their subdomains) Invite Guard adds no badges and no warnings. The toolbar icon still counts what it finds.',
  field: 'Site name or link',
  hint: 'For example mail.example.org, or a link to any page of the site.',
  add: 'Add site',
  already: (name: string) => `${name} is already on the list.`,
  added: (name: string) => `Added ${name}.`,
  removed: (name: string) => `Removed ${name}.`,
  none: 'None.',
  remove: 'Remove',
  removeLabel: (name: string) => `Remove ${name} from the sites where nothing is changed`,
  paused: 'Paused for now',
  until: (time: string) => `until ${time}`,
  resume: 'Resume',
  resumeLabel: (name: string) => `Resume on ${name}`,
};

export function SitesSection({ settings, formatTime, now }: { settings: Settings; formatTime: (ms: number) => string; now: number }) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const add = async (event: Event) => {
    event.preventDefault();
    const input = parseHostInput(value, 'site');
    if (!input.ok) {
      setDone('');
      return setProblem(input.message);
    }
    if (settings.sitesOff.includes(input.host)) {
      setProblem(null);
      return setDone(TEXT.already(input.shown));
    }
    setProblem(null);
    await turnOffOnSite(input.host);
    setValue('');
    setDone(TEXT.added(input.shown));
  };
  const paused = Object.entries(settings.pausedSites).filter(([, until]) => until > now);

  return (
    <section aria-labelledby="sites-title" id="sites-off">
      <h2 id="sites-title">{TEXT.title}</h2>
      <p>{TEXT.intro}</p>
      <form class="add-form" onSubmit={(e) => void add(e)} noValidate>
        <label for="site-input">{TEXT.field}</label>
        <div class="field-row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={value}
            onInput={(e) => setValue((e.target as HTMLInputElement).value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'site-problem site-hint' : 'site-hint'}
          />
          <button type="submit" id="site-add">
            {TEXT.add}
          </button>
        </div>
        {problem && (
          <p id="site-problem" class="field-problem" role="alert">
            {problem}
          </p>
        )}
        <p id="site-hint" class="hint">
          {TEXT.hint}
        </p>
      </form>
      <p class="done" role="status">
        {done}
      </p>
      {settings.sitesOff.length === 0 ? (
        <p class="note">{TEXT.none}</p>
      ) : (
        <ul class="item-list sites-list">
          {settings.sitesOff.map((host) => (
            <li key={host} data-host={host}>
              <span class="item-text">
                <HostName host={host} shown={unicodeHost(host)} />
              </span>
              <button
                type="button"
                aria-label={TEXT.removeLabel(unicodeHost(host))}
                onClick={() => void turnOnOnSite(host).then(() => {
                  setProblem(null);
                  setDone(TEXT.removed(unicodeHost(host)));
                })}
              >
                {TEXT.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      {paused.length > 0 && (
        <>
          <h3>{TEXT.paused}</h3>
          <ul class="item-list paused-list">
            {paused.map(([host, until]) => (
              <li key={host} data-host={host}>
                <span class="item-text">
                  <HostName host={host} shown={unicodeHost(host)} /> <span class="meta">{TEXT.until(formatTime(until))}</span>
                </span>
                <button type="button" aria-label={TEXT.resumeLabel(unicodeHost(host))} onClick={() => void resumeOnSite(host, Date.now())}>
                  {TEXT.resume}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
