/** A Jitsi Meet or BigBlueButton web app that the page itself shows, on a server the catalogue may not know. */
import type { CatalogueIndex } from '../recognise/catalogue-index';
import { isolate, ltr, t } from '../i18n/t';
import type { PageVerdict } from '../contracts/page-messages';
import type { RecogniseSettings } from '../recognise/types';

export function appVerdict(index: CatalogueIndex, app: 'jitsi' | 'bigbluebutton', host: string, pageUrl: string, settings: RecogniseSettings): PageVerdict {
  const name = index.platforms.get(app)?.name ?? app;
  const trusted = settings.trustedServers.some((s) => s.host === host);
  const operator = index.servers.get(host)?.instance.operator;
  const thisPage = { platform: app, platformName: name, name, target: pageUrl };
  if (trusted) {
    return {
      ...thisPage,
      level: 'ok',
      label: t('appLabelTrusted', [name, ltr(host)]),
      reasons: [t('reasonTrustedServer', [ltr(host), name])],
    };
  }
  const seen = app === 'jitsi' ? 'appReasonWhoSeesJitsi' : 'appReasonWhoSeesBigBlueButton';
  return {
    ...thisPage,
    level: 'caution',
    label: t('appLabelUntrusted', [name, ltr(host)]),
    reasons: [operator ? t('appReasonOperator', [name, ltr(host), isolate(operator)]) : t('appReasonUnknownOperator', [name, ltr(host)]), t(seen)],
  };
}
