/** A discontinued platform: since when, what replaced it. */
import type { PlatformStatus } from './platform-status';
import { NotVerified } from './NotVerified';

const TEXT = { title: 'Shut down' };

export function StatusNote({ status }: { status: PlatformStatus }) {
  if (status.active) return null;
  return (
    <section class="status-note" aria-label={TEXT.title}>
      <p>
        <strong>{status.line}</strong>
      </p>
      {status.notes && (
        <p>
          {status.notes}
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
