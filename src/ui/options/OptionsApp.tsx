/** The options page: trusted servers, what changes in pages, sites left alone, look, export/import. */
import { useEffect, useState } from 'preact/hooks';
import type { CatalogueIndex } from '../../recognise/catalogue-index';
import { t } from '../../i18n/t';
import { formatTime } from '../shared/format-time';
import { PageBehaviourSection } from './PageBehaviourSection';
import { SettingsTransfer } from './SettingsTransfer';
import { SitesSection } from './SitesSection';
import { ThemeSection } from './ThemeSection';
import { TrustedServersSection } from './TrustedServersSection';
import { useSettingsInForce } from '../shared/use-settings';
import { useTheme } from '../shared/use-theme';

/** "now", refreshed each minute so pauses that end disappear from the list. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function OptionsApp({ index }: { index: CatalogueIndex }) {
  const inForce = useSettingsInForce();
  const settings = inForce?.settings;
  useTheme(settings?.theme);
  const now = useMinuteClock();
  return (
    <>
      <header class="page-head">
        <h1>{t('optionsPageTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <main>
        {!inForce || !settings ? (
          <p class="note">{t('optionsLoading')}</p>
        ) : (
          <>
            <TrustedServersSection index={index} trusted={settings.trustedServers} />
            <PageBehaviourSection settings={settings} quietModeManaged={inForce.policy.quietMode === true} />
            <SitesSection settings={settings} formatTime={formatTime} now={now} />
            <ThemeSection theme={settings.theme} />
            {/* Export and import deal with the person's own settings: the organisation's stay out. */}
            <SettingsTransfer index={index} settings={inForce.own} formatTime={formatTime} />
          </>
        )}
      </main>
    </>
  );
}
