/** Options: light, dark, or follow the system. */
import { t } from '../../i18n/t';
import { THEMES, type Theme } from '../../settings/schema';
import { writeSetting } from '../../settings/write-settings';

const THEME_KEYS = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } satisfies Record<Theme, string>;

export function ThemeSection({ theme }: { theme: Theme }) {
  return (
    <section aria-labelledby="look-title" id="look">
      <h2 id="look-title">{t('themeTitle')}</h2>
      <fieldset>
        <legend>{t('themeLegend')}</legend>
        <div class="inline-choices">
          {THEMES.map((value) => (
            <span class="choice" key={value}>
              <input
                type="radio"
                name="theme"
                id={`theme-${value}`}
                value={value}
                checked={theme === value}
                onChange={() => void writeSetting('theme', value)}
              />
              <label for={`theme-${value}`}>{t(THEME_KEYS[value])}</label>
            </span>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
