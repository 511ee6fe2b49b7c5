/** The invite links found on the page, grouped by platform with their levels; each opens its card. */
import { ltr, t, uiLanguage } from '../i18n/t';
import { levelLook } from './level-look';
import { LevelTag } from './LevelTag';
import type { LinkGroup } from './link-groups';
import { shortAddress } from './short-address';

/** "https://zoom.us/j/123?pwd=…" → "zoom.us/j/123?pwd=…", shortened for a narrow popup. */
export function PageLinks({ groups, onOpen }: { groups: LinkGroup[]; onOpen: (url: string) => void }) {
  return (
    <section class="page-links" aria-labelledby="page-links-title">
      <h2 id="page-links-title">{t('linksTitle')}</h2>
      <ul class="groups">
        {groups.map((group) => (
          <li class="group" key={group.platform} data-platform={group.platform}>
            <h3 class="group-head">
              <span class="name">{group.name}</span> <LevelTag level={group.worst} small />{' '}
              <span class="count">{t('linksGroupCount', [group.links.length.toLocaleString(uiLanguage())])}</span>
            </h3>
            <ul class="links">
              {group.links.map((link) => (
                <li key={link.url}>
                  <button
                    type="button"
                    class={`link-row level-${link.level}`}
                    data-level={link.level}
                    onClick={() => onOpen(link.url)}
                    aria-label={t('linksRowLabel', [group.name, ltr(shortAddress(link.url)), levelLook(link.level).word])}
                  >
                    <span class="glyph" aria-hidden="true">
                      {levelLook(link.level).glyph}
                    </span>
                    <span class="url" dir="ltr">
                      {shortAddress(link.url)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
