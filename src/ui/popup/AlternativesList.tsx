/** Safer alternatives for the same use, ranked, each with why in one line and its site. */
import { t } from '../../i18n/t';
import { sharedReason, type AlternativeLink } from './alternative-links';
import { ExternalLink } from './ExternalLink';
import { tParts } from '../shared/message-parts';

export function AlternativesList({ alternatives }: { alternatives: AlternativeLink[] }) {
  if (alternatives.length === 0) return null;
  const shared = sharedReason(alternatives);
  return (
    <section class="alternatives" aria-labelledby="alternatives-title">
      <h3 id="alternatives-title">{t('alternativesTitle')}</h3>
      {shared && <p class="shared-reason">{t('alternativesSharedReason', [shared])}</p>}
      <ol class={shared ? 'names-only' : undefined}>
        {alternatives.map((a) => {
          const name = (
            <strong class="name">
              {a.website ? (
                <ExternalLink href={a.website}>
                  {a.name}
                  <span class="visually-hidden"> {t('alternativesWebsiteHint')}</span>
                </ExternalLink>
              ) : (
                a.name
              )}
            </strong>
          );
          return (
            <li key={a.id} data-platform={a.id}>
              {shared ? name : tParts('alternativesNameReason', [name, <span class="reason">{a.reason}</span>])}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
