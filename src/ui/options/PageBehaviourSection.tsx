/** Options: what Invite Guard changes in pages: badges, the click warning, quiet mode. */
import { t } from '../../i18n/t';
import type { BadgeMode } from '../../contracts/page-messages';
import type { Settings } from '../../settings/schema';
import { writeSetting } from '../../settings/write-settings';

/** Each badge mode: its value, then the keys of its label and its hint. */
const BADGE_CHOICES: [BadgeMode, string, string][] = [
  ['all', 'pageBehaviourBadgesAll', 'pageBehaviourBadgesAllHint'],
  ['warnings', 'pageBehaviourBadgesWarnings', 'pageBehaviourBadgesWarningsHint'],
  ['none', 'pageBehaviourBadgesNone', 'pageBehaviourBadgesNoneHint'],
];

/** `quietModeManaged`: the organisation's policy turned quiet mode on; the person cannot turn it off. */
export function PageBehaviourSection({ settings, quietModeManaged }: { settings: Settings; quietModeManaged: boolean }) {
  const disabled = settings.quietMode;
  return (
    <section aria-labelledby="pages-title" id="in-pages">
      <h2 id="pages-title">{t('pageBehaviourTitle')}</h2>
      <fieldset disabled={disabled}>
        <legend>{t('pageBehaviourBadges')}</legend>
        {BADGE_CHOICES.map(([value, label, hint]) => (
          <div class="choice" key={value}>
            <input
              type="radio"
              name="page-badges"
              id={`badges-${value}`}
              value={value}
              checked={settings.pageBadges === value}
              onChange={() => void writeSetting('pageBadges', value)}
              aria-describedby={`badges-${value}-hint`}
            />
            <label for={`badges-${value}`}>{t(label)}</label>
            <p class="hint" id={`badges-${value}-hint`}>
              {t(hint)}
            </p>
          </div>
        ))}
      </fieldset>
      <div class="choice">
        <input
          type="checkbox"
          id="warn-on-avoid"
          checked={settings.warnOnAvoid}
          disabled={disabled}
          onChange={(e) => void writeSetting('warnOnAvoid', (e.target as HTMLInputElement).checked)}
          aria-describedby="warn-on-avoid-hint"
        />
        <label for="warn-on-avoid">{t('pageBehaviourWarnOnAvoid')}</label>
        <p class="hint" id="warn-on-avoid-hint">
          {t('pageBehaviourWarnOnAvoidHint')}
        </p>
      </div>
      <div class="choice">
        <input
          type="checkbox"
          id="quiet-mode"
          checked={settings.quietMode}
          disabled={quietModeManaged}
          onChange={(e) => void writeSetting('quietMode', (e.target as HTMLInputElement).checked)}
          aria-describedby="quiet-mode-hint"
        />
        <label for="quiet-mode">{t('pageBehaviourQuietMode')}</label>
        <p class="hint" id="quiet-mode-hint">
          {t('pageBehaviourQuietModeHint')}
          {quietModeManaged && (
            <>
              {' '}
              <strong class="managed-mark">{t('managedQuietMode')}</strong>
            </>
          )}
        </p>
      </div>
    </section>
  );
}
