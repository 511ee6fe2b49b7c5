/** The driver's page (Playwright's or Puppeteer's) behind each TestPage, for gestures that need it. */
import type { TestPage } from './types';

export function pageHandles<Page extends object>() {
  const pages = new WeakMap<TestPage, Page>();
  return {
    remember(wrapped: TestPage, page: Page): TestPage {
      pages.set(wrapped, page);
      return wrapped;
    },
    unwrap(wrapped: TestPage): Page {
      const page = pages.get(wrapped);
      if (!page) throw new Error('not a page of this harness');
      return page;
    },
  };
}
