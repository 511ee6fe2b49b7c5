/** A platform's facts: one collapsible section per theme, each a list of label → value. */
import type { FactSection, FactSectionId } from './fact-rows';
import { NotVerified } from './NotVerified';

/** Sections open from the start: what matters most in a glance. */
const OPEN: ReadonlySet<FactSectionId> = new Set(['encryption', 'owner']);

export function FactSections({ sections }: { sections: FactSection[] }) {
  return (
    <div class="facts">
      {sections.map((section) => (
        <details class="fact-section" open={OPEN.has(section.id)} key={section.id} data-section={section.id}>
          <summary>
            <h3>{section.title}</h3>
          </summary>
          <dl>
            {section.rows.map((row) => (
              <div class="fact" key={row.keys.join(' ')} data-fact={row.keys.join(' ')}>
                <dt>
                  {row.label}
                  {row.unverified && (
                    <>
                      {' '}
                      <NotVerified />
                    </>
                  )}
                </dt>
                <dd lang={row.english ? 'en' : undefined}>{row.value}</dd>
              </div>
            ))}
          </dl>
        </details>
      ))}
    </div>
  );
}
