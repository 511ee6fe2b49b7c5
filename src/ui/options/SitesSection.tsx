/** Options: the sites where Invite Guard changes nothing, and the sites paused for now. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ltr, t } from '../../i18n/t';
import type { Settings } from '../../settings/schema';
import { resumeOnSite, turnOffOnSite, turnOnOnSite } from '../../settings/write-settings';
import { HostName } from '../shared/HostName';
import { parseHostInput, unicodeHost } from '../shared/host-input';
import { tParts } from '../shared/message-parts';

export function SitesSection({ settings, formatTime, now }: { settings: Settings; formatTime: (ms: number) => string; now: number }) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<ComponentChildren>('');

  const add = async (event: Event) => {
    event.preventDefault();
    const input = parseHostInput(value, 'site');
    if (!input.ok) {
      setDone('');
      setProblem(input.message);
      return;
    }
    if (settings.sitesOff.includes(input.host)) {
      setProblem(null);
      setDone(tParts('sitesAlready', [<HostName host={input.host} shown={input.shown} />]));
      return;
    }
    setProblem(null);
    await turnOffOnSite(input.host);
    setValue('');
    setDone(tParts('sitesAdded', [<HostName host={input.host} shown={input.shown} />]));
  };
  const paused = Object.entries(settings.pausedSites).filter(([, until]) => until > now);

  return (
    <section aria-labelledby="sites-title" id="sites-off">
      <h2 id="sites-title">{t('sitesTitle')}</h2>
      <p>{t('sitesIntro')}</p>
      <form class="add-form" onSubmit={(e) => void add(e)} noValidate>
        <label for="site-input">{t('sitesField')}</label>
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
            {t('sitesAdd')}
          </button>
        </div>
        {problem && (
          <p id="site-problem" class="field-problem" role="alert">
            {problem}
          </p>
        )}
        <p id="site-hint" class="hint">
          {t('sitesHint', [ltr('mail.example.org')])}
        </p>
      </form>
      <p class="done" role="status">
        {done}
      </p>
      {settings.sitesOff.length === 0 ? (
        <p class="note">{t('sitesNone')}</p>
      ) : (
        <ul class="item-list sites-list">
          {settings.sitesOff.map((host) => (
            <li key={host} data-host={host}>
              <span class="item-text">
                <HostName host={host} shown={unicodeHost(host)} />
              </span>
              <button
                type="button"
                aria-label={t('sitesRemoveLabel', [ltr(unicodeHost(host))])}
                onClick={() =>
                  void turnOnOnSite(host).then(() => {
                    setProblem(null);
                    setDone(tParts('sitesRemoved', [<HostName host={host} shown={unicodeHost(host)} />]));
                  })
                }
              >
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {paused.length > 0 && (
        <>
          <h3>{t('sitesPaused')}</h3>
          <ul class="item-list paused-list">
            {paused.map(([host, until]) => (
              <li key={host} data-host={host}>
                <span class="item-text">
                  <HostName host={host} shown={unicodeHost(host)} /> <span class="meta">{t('sitesPausedUntil', [formatTime(until)])}</span>
                </span>
                <button type="button" aria-label={t('sitesResumeLabel', [ltr(unicodeHost(host))])} onClick={() => void resumeOnSite(host, Date.now())}>
                  {t('sitesResume')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
