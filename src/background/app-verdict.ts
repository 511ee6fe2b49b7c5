/** A Jitsi Meet or BigBlueButton web app that the page itself shows, on a server the catalogue may not know. */
import type { CatalogueIndex } from '../catalogue/compile-index';
import type { PageVerdict } from '../page/messages';
import type { RecogniseSettings } from '../recognise/types';

export function appVerdict(
  index: CatalogueIndex,
  app: 'jitsi' | 'bigbluebutton',
  host: string,
  pageUrl: string,
  settings: RecogniseSettings,
): PageVerdict {
  const name = index.platforms.get(app)?.name ?? app;
  const trusted = settings.trustedServers.some((s) => s.host === host);
  const operator = index.servers.get(host)?.instance.operator;
  if (trusted) {
    return { platform: app, platformName: name, level: 'ok', label: `${name} on ${host} — a server you trust`, reasons: [`You marked ${host} as a ${name} server you trust.`], target: pageUrl };
  }
  return {
    platform: app,
    platformName: name,
    level: 'caution',
    label: `${name} on a server you have not marked trusted (${host})`,
    reasons: [
      `This page is ${name} on ${host}${operator ? `, run by ${operator}` : ', whose operator Invite Guard does not know'}: a server you have not marked trusted.`,
      `Whoever runs the server can see who joins${app === 'jitsi' ? ' and, unless end-to-end encryption is switched on, see and hear the meeting' : ', and see and hear the meeting'}. If your group trusts this server, mark it trusted in the options.`,
    ],
    target: pageUrl,
  };
}
