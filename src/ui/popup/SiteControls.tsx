/** "Pause on this site for 1 hour" and "Turn off on this site", without opening the options. */
import { t } from '../../i18n/t';
import { tParts } from '../shared/message-parts';
import type { SiteStatus } from './site-status';

export interface SiteActions {
  pause(host: string): void;
  resume(entry: string): void;
  turnOff(host: string): void;
  turnOn(entry: string): void;
}

/** A host name inside a sentence: kept left-to-right whatever the language around it. */
const host = (name: string) => <bdi dir="ltr">{name}</bdi>;

export function SiteControls({ status, actions, formatTime }: { status: SiteStatus; actions: SiteActions; formatTime: (ms: number) => string }) {
  if (status.kind === 'no-site') return null;
  return (
    <section class="site-controls" aria-labelledby="site-title" data-state={status.kind}>
      <h2 id="site-title">{tParts('siteTitle', [host(status.host)])}</h2>
      {status.kind === 'on' && (
        <>
          {status.quiet && <p class="hint">{t('siteQuiet')}</p>}
          <div class="buttons">
            <button type="button" onClick={() => actions.pause(status.host)}>
              {t('sitePause')}
            </button>
            <button type="button" onClick={() => actions.turnOff(status.host)}>
              {t('siteTurnOff')}
            </button>
          </div>
        </>
      )}
      {status.kind === 'paused' && (
        <>
          <p>{tParts('sitePaused', [host(status.entry), formatTime(status.until)])}</p>
          <button type="button" onClick={() => actions.resume(status.entry)}>
            {t('siteResume')}
          </button>
        </>
      )}
      {status.kind === 'off' && (
        <>
          <p>{tParts('siteOff', [host(status.entry)])}</p>
          <button type="button" onClick={() => actions.turnOn(status.entry)}>
            {t('siteTurnOn')}
          </button>
        </>
      )}
    </section>
  );
}
