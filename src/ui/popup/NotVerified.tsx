/** The mark on a fact the catalogue lists as not verified. */
import { t } from '../../i18n/t';

export function NotVerified() {
  return (
    <span class="not-verified" title={t('notVerifiedExplain')}>
      {t('notVerifiedMark')}
    </span>
  );
}
