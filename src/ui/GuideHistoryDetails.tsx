/** What the Front Line Defenders guide said, and what changed since, with sources and dates. */
import type { GuideHistory } from './guide-history';
import { ExternalLink } from './ExternalLink';

const TEXT = {
  title: 'What the guide said, and what changed since',
  said: 'The guide said',
  changes: 'Changed since',
  noChanges: 'Nothing recorded as changed since the guide.',
  since: 'since',
  sources: 'Sources',
  checked: 'checked',
};

export function GuideHistoryDetails({ history }: { history: GuideHistory }) {
  return (
    <details class="guide-history">
      <summary>
        <h3>{TEXT.title}</h3>
      </summary>
      <p>{history.stance}</p>
      {history.said.length > 0 && (
        <>
          <h4>{TEXT.said}</h4>
          <dl class="said">
            {history.said.map((s) => (
              <div class="fact" key={s.label}>
                <dt>{s.label}</dt>
                <dd>{s.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h4>{TEXT.changes}</h4>
      {history.changes.length === 0 ? (
        <p>{TEXT.noChanges}</p>
      ) : (
        <ul class="changes">
          {history.changes.map((c, i) => (
            <li key={i}>
              <p>
                <strong>{c.fact}</strong>
                {c.since && ` (${TEXT.since} ${c.since})`}: <span class="old">{c.old}</span> → <span class="new">{c.new}</span>
              </p>
              <p class="sources">
                {TEXT.sources}:{' '}
                {c.sources.map((s, j) => (
                  <span key={j} class="source">
                    {j > 0 && '; '}
                    {s.url ? <ExternalLink href={s.url}>{s.title}</ExternalLink> : s.title} ({TEXT.checked} {s.checked})
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
