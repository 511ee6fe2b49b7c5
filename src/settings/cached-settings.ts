/**
 * The settings as the background reads them for every message from a page: read from storage
 * once, then kept until any setting changes. (Each read is one storage call per setting and a
 * validation: most of a page's wait for its config, when done on every message.)
 */
import type { Settings } from './schema';

export function cachedSettings(read: () => Promise<Settings>, watch: (onChange: () => void) => unknown): () => Promise<Settings> {
  let cached: Promise<Settings> | null = null;
  // A change drops the copy; a read already under way still answers those waiting for it, and
  // the next message reads again.
  watch(() => {
    cached = null;
  });
  return () => {
    if (cached) return cached;
    const reading = read();
    cached = reading;
    // A failed read is not kept: the next message tries again.
    reading.catch(() => {
      if (cached === reading) cached = null;
    });
    return reading;
  };
}
