/** "Pause on this site for 1 hour" and "Turn off on this site", without opening the options. */
import type { SiteStatus } from './site-status';

const TEXT = {
  title: (host: string) => `On ${host}`,
  pause: 'Pause on this site for 1 hour',
  turnOff: 'Turn off on this site',
  quiet: 'Quiet mode is on: Invite Guard changes no page, it only shows what it finds here.',
  paused: (entry: string, time: string) => `Paused on ${entry} until ${time}: this site’s pages are left as they are.`,
  resume: 'Resume now',
  off: (entry: string) => `Turned off on ${entry}: Invite Guard changes nothing in its pages.`,
  turnOn: 'Turn back on',
};

export interface SiteActions {
  pause(host: string): void;
  resume(entry: string): void;
  turnOff(host: string): void;
  turnOn(entry: string): void;
}

export function SiteControls({ status, actions, formatTime }: { status: SiteStatus; actions: SiteActions; formatTime: (ms: number) => string }) {
  if (status.kind === 'no-site') return null;
  return (
    <section class="site-controls" aria-labelledby="site-title" data-state={status.kind}>
      <h2 id="site-title">{TEXT.title(status.host)}</h2>
      {status.kind === 'on' && (
        <>
          {status.quiet && <p class="hint">{TEXT.quiet}</p>}
          <div class="buttons">
            <button type="button" onClick={() => actions.pause(status.host)}>
              {TEXT.pause}
            </button>
            <button type="button" onClick={() => actions.turnOff(status.host)}>
              {TEXT.turnOff}
            </button>
          </div>
        </>
      )}
      {status.kind === 'paused' && (
        <>
          <p>{TEXT.paused(status.entry, formatTime(status.until))}</p>
          <button type="button" onClick={() => actions.resume(status.entry)}>
            {TEXT.resume}
          </button>
        </>
      )}
      {status.kind === 'off' && (
        <>
          <p>{TEXT.off(status.entry)}</p>
          <button type="button" onClick={() => actions.turnOn(status.entry)}>
            {TEXT.turnOn}
          </button>
        </>
      )}
    </section>
  );
}
