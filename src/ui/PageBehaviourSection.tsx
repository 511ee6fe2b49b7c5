/** Options: what Invite Guard changes in pages: badges, the click warning, quiet mode. */
import type { BadgeMode } from '../page/messages';
import type { Settings } from '../settings/schema';
import { writeSetting } from '../settings/write-settings';

const TEXT = {
  title: 'In pages',
  badges: 'Badges next to invite links',
  badgeChoices: [
    ['all', 'On every invite link', 'Safe ones too, so you can see Invite Guard looked.'],
    ['warnings', 'Only on links that need care', 'Take care, not recommended and dangerous links.'],
    ['none', 'None', 'The toolbar icon and this extension’s popup still show what a page holds.'],
  ] as [BadgeMode, string, string][],
  warnOnAvoid: 'Warn before opening a link to a platform to avoid',
  warnOnAvoidHint: 'Links that imitate a platform, or that would link a new device to your account, always get a warning.',
  quietMode: 'Quiet mode: change nothing in any page',
  quietModeHint:
    'The trade-off: badges and warnings are changes to the page, and a hostile page can notice them and learn that you use Invite Guard. In quiet mode pages stay exactly as they are; you see what Invite Guard found only in the toolbar icon and its popup.',
};

export function PageBehaviourSection({ settings }: { settings: Settings }) {
  const disabled = settings.quietMode;
  return (
    <section aria-labelledby="pages-title" id="in-pages">
      <h2 id="pages-title">{TEXT.title}</h2>
      <fieldset disabled={disabled}>
        <legend>{TEXT.badges}</legend>
        {TEXT.badgeChoices.map(([value, label, hint]) => (
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
            <label for={`badges-${value}`}>{label}</label>
            <p class="hint" id={`badges-${value}-hint`}>
              {hint}
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
        <label for="warn-on-avoid">{TEXT.warnOnAvoid}</label>
        <p class="hint" id="warn-on-avoid-hint">
          {TEXT.warnOnAvoidHint}
        </p>
      </div>
      <div class="choice">
        <input
          type="checkbox"
          id="quiet-mode"
          checked={settings.quietMode}
          onChange={(e) => void writeSetting('quietMode', (e.target as HTMLInputElement).checked)}
          aria-describedby="quiet-mode-hint"
        />
        <label for="quiet-mode">{TEXT.quietMode}</label>
        <p class="hint" id="quiet-mode-hint">
          {TEXT.quietModeHint}
        </p>
      </div>
    </section>
  );
}
