/** The card for one link: platform and level with the reasons, then everything behind them. */
import { t } from '../../i18n/t';
import { AlternativesList } from './AlternativesList';
import type { CardModel } from './card-model';
import { ExternalLink } from './ExternalLink';
import { FactSections } from './FactSections';
import { GuideHistoryDetails } from './GuideHistoryDetails';
import { LevelTag } from './LevelTag';
import { NotVerified } from './NotVerified';
import { listWords } from './list-words';
import { tParts } from '../shared/message-parts';
import { ServerPanel } from './ServerPanel';
import { StatusNote } from './StatusNote';

export interface PlatformCardProps {
  card: CardModel;
  onTrust: () => void;
  trusting: boolean;
}

export function PlatformCard({ card, onTrust, trusting }: PlatformCardProps) {
  const imitation = card.platformId === null && card.level === 'danger';
  return (
    <article class={`card level-${card.level}`} aria-labelledby="card-title" data-level={card.level} data-platform={card.platformId ?? ''}>
      <header class="card-head">
        <h2 id="card-title" tabIndex={-1}>
          {card.heading}
          {card.kind && <span class="kind"> · {card.kind}</span>}
        </h2>
        <LevelTag level={card.level} />
      </header>

      {card.advice.length > 0 && (
        <section class="advice" aria-labelledby="advice-title">
          <h3 id="advice-title">{t('adviceTitle')}</h3>
          <ul>
            {card.advice.map((line, i) => (
              <li key={i}>
                {line.text}
                {line.unverified && (
                  <>
                    {' '}
                    <NotVerified />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {card.reasons.length > 0 ? (
        <ul class="reasons" aria-label={t('cardReasons')}>
          {card.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      ) : (
        <p class="reasons">{t('cardUnknownLink')}</p>
      )}

      {(card.unwrappedBy.length > 0 || imitation) && (
        <p class="target">
          {card.unwrappedBy.length > 0 ? t('cardUnwrapped', [listWords(card.unwrappedBy)]) : t('cardGoesTo')} <code dir="ltr">{card.target}</code>
        </p>
      )}

      {card.status && <StatusNote status={card.status} />}
      {card.server && <ServerPanel server={card.server} onTrust={onTrust} busy={trusting} />}
      <AlternativesList alternatives={card.alternatives} />
      {card.facts && <FactSections sections={card.facts} />}
      {card.history && <GuideHistoryDetails history={card.history} />}
      {card.website && (
        <p class="website">
          {tParts('cardWebsite', [
            <ExternalLink href={card.website}>
              <bdi dir="ltr">{card.website}</bdi>
            </ExternalLink>,
          ])}
        </p>
      )}
    </article>
  );
}
