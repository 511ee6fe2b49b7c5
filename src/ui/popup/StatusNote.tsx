/** A discontinued platform: since when, what replaced it. */
import { t } from '../../i18n/t';
import type { PlatformStatus } from './platform-status';
import { NotVerified } from './NotVerified';

export function StatusNote({ status }: { status: PlatformStatus }) {
  if (status.active) return null;
  return (
    <section class="status-note" aria-label={t('statusTitle')}>
      <p>
        <strong>{status.line}</strong>
      </p>
      {status.notes && (
        <p>
          <span lang="en">{status.notes}</span>
          {status.notesUnverified && (
            <>
              {' '}
              <NotVerified />
            </>
          )}
        </p>
      )}
    </section>
  );
}
