/**
 * Runs WXT storage against WXT's fakeBrowser in Node. Import this module first in a test file:
 * @wxt-dev/browser picks `globalThis.chrome` when it loads, so the fake must be there before.
 * fakeBrowser is shared and not reset between tests: call `fakeBrowser.reset()` in beforeEach.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;

export { fakeBrowser };
