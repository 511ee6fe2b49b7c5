/**
 * The invite links found on the page, grouped by verdict (link-groups.ts): each group
 * under its level, each link its own row with its own sign, name and address; each opens its card.
 */
import { ltr, t, uiLanguage } from '../../i18n/t';
import { levelLook } from './level-look';
import { LevelSign } from './LevelSign';
import { LevelTag } from './LevelTag';
import type { LinkGroup } from './link-groups';
import { shortAddress } from './short-address';

export interface PageLinksProps {
  groups: LinkGroup[];
  onOpen: (url: string) => void;
  /** The list's heading (the page's links by default; the QR codes found use it too). */
  title?: string;
  titleId?: string;
}

export function PageLinks({ groups, onOpen, title = t('linksTitle'), titleId = 'page-links-title' }: PageLinksProps) {
  return (
    <section class="page-links" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <ul class="groups">
        {groups.map((group) => (
          <li class="group" key={group.level} data-level={group.level}>
            <h3 class="group-head">
              <LevelTag level={group.level} /> <span class="count">{t('linksGroupCount', [group.links.length.toLocaleString(uiLanguage())])}</span>
            </h3>
            <ul class="links">
              {group.links.map((link) => (
                <li key={`${link.platform}\n${link.url}`}>
                  <button
                    type="button"
                    class={`link-row level-${link.level}`}
                    data-level={link.level}
                    data-platform={link.platform}
                    onClick={() => onOpen(link.url)}
                    aria-label={t('linksRowLabel', [link.name, ltr(shortAddress(link.url)), levelLook(link.level).word])}
                  >
                    <LevelSign level={link.level} />
                    <span class="what">
                      <span class="name">{link.name}</span>{' '}
                      <span class="url" dir="ltr">
                        {shortAddress(link.url)}
                      </span>
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
