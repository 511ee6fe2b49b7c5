/** Options: light, dark, or follow the system. */
import { THEMES, type Theme } from '../settings/schema';
import { writeSetting } from '../settings/write-settings';

const TEXT = {
  title: 'Look',
  legend: 'Colours of the popup and this page',
  labels: { system: 'Follow the system', light: 'Light', dark: 'Dark' } satisfies Record<Theme, string>,
};

export function ThemeSection({ theme }: { theme: Theme }) {
  return (
    <section aria-labelledby="look-title" id="look">
      <h2 id="look-title">{TEXT.title}</h2>
      <fieldset>
        <legend>{TEXT.legend}</legend>
        <div class="inline-choices">
          {THEMES.map((value) => (
            <span class="choice" key={value}>
              <input type="radio" name="theme" id={`theme-${value}`} value={value} checked={theme === value} onChange={() => void writeSetting('theme', value)} />
              <label for={`theme-${value}`}>{TEXT.labels[value]}</label>
            </span>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
