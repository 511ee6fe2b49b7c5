/** Puts the chosen look on the page: CSS follows `data-theme` (system, light or dark). */
import { useEffect } from 'preact/hooks';
import type { Theme } from '../../settings/schema';

export function useTheme(theme: Theme | undefined): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'system';
  }, [theme]);
}
