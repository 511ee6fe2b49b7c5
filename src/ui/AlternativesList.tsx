/** Safer alternatives for the same use, ranked, each with why in one line and its site. */
import { sharedReason, type AlternativeLink } from './alternative-links';
import { ExternalLink } from './ExternalLink';

const TEXT = {
  title: 'Safer choices',
  site: '(website, opens in a new tab)',
  shared: (reason: string) => `Each is safer because it is ${reason}.`,
};

export function AlternativesList({ alternatives }: { alternatives: AlternativeLink[] }) {
  if (alternatives.length === 0) return null;
  const shared = sharedReason(alternatives);
  return (
    <section class="alternatives" aria-labelledby="alternatives-title">
      <h3 id="alternatives-title">{TEXT.title}</h3>
      {shared && <p class="shared-reason">{TEXT.shared(shared)}</p>}
      <ol class={shared ? 'names-only' : undefined}>
        {alternatives.map((a) => (
          <li key={a.id} data-platform={a.id}>
            <strong class="name">
              {a.website ? (
                <ExternalLink href={a.website}>
                  {a.name}
                  <span class="visually-hidden"> {TEXT.site}</span>
                </ExternalLink>
              ) : (
                a.name
              )}
            </strong>
            {!shared && <span class="reason">: {a.reason}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
