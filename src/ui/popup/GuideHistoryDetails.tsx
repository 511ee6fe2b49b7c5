/** What the Front Line Defenders guide said, and what changed since, with sources and dates. */
import { t } from '../../i18n/t';
import type { GuideHistory, SourceLink } from './guide-history';
import { ExternalLink } from './ExternalLink';
import { listParts, tParts, withEnglish } from '../shared/message-parts';

const lang = (english: boolean) => (english ? 'en' : undefined);

function Source({ source }: { source: SourceLink }) {
  const title = <span lang="en">{source.title}</span>;
  return (
    <span class="source">{tParts('guideSourceChecked', [source.url ? <ExternalLink href={source.url}>{title}</ExternalLink> : title, source.checked])}</span>
  );
}

/** The catalogue's English detail after a value in words: " (the host can switch it on)". */
function Detail({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <>
      {' ('}
      <span lang="en">{text}</span>)
    </>
  );
}

export function GuideHistoryDetails({ history }: { history: GuideHistory }) {
  return (
    <details class="guide-history">
      <summary>
        <h3>{t('guideTitle')}</h3>
      </summary>
      <p>{withEnglish(history.stance, history.stanceReason)}</p>
      {history.said.length > 0 && (
        <>
          <h4>{t('guideSaid')}</h4>
          <dl class="said">
            {history.said.map((s) => (
              <div class="fact" key={s.label}>
                <dt>{s.label}</dt>
                <dd lang={lang(s.english)}>{s.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h4>{t('guideChanges')}</h4>
      {history.changes.length === 0 ? (
        <p>{t('guideNoChanges')}</p>
      ) : (
        <ul class="changes">
          {history.changes.map((c, i) => {
            const parts = [
              <strong>{c.fact}</strong>,
              <span class="old">
                <span lang={lang(c.oldEnglish)}>{c.old}</span>
                <Detail text={c.oldDetail} />
              </span>,
              <span class="new">
                <span lang={lang(c.newEnglish)}>{c.new}</span>
                <Detail text={c.newDetail} />
              </span>,
            ];
            return (
              <li key={i}>
                <p>{c.since ? tParts('guideChangeSince', [...parts, c.since]) : tParts('guideChange', parts)}</p>
                <p class="sources">{tParts('guideSources', [listParts(c.sources.map((s, j) => <Source key={j} source={s} />))])}</p>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
