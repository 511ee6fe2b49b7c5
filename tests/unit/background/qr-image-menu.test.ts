import { describe, expect, it } from 'vitest';
import { checkQrImage, type QrMenuDeps } from '../../../src/background/qr-image-menu';
import type { QrCapture } from '../../../src/qr/qr-capture';

const AREA = { x: 10, y: 20, width: 180, height: 180, viewportWidth: 1280, viewportHeight: 720 };

/** A background whose browser calls are recorded; `failures` say which of them throw. */
function fakeBackground(answers: { area?: unknown; capture?: (format: string) => Promise<string>; store?: (value: QrCapture) => Promise<void> } = {}) {
  const asked: { area: [number, number, string][]; captures: string[]; stored: [string, QrCapture][]; opened: string[] } = {
    area: [],
    captures: [],
    stored: [],
    opened: [],
  };
  const deps: QrMenuDeps = {
    capture: (_windowId, format) => {
      asked.captures.push(format);
      return answers.capture ? answers.capture(format) : Promise.resolve(`data:image/${format};base64,AAAA`);
    },
    imageArea: (tabId, frameId, src) => {
      asked.area.push([tabId, frameId, src]);
      return 'area' in answers ? Promise.resolve(answers.area) : Promise.resolve(AREA);
    },
    store: async (key, value) => {
      if (answers.store) await answers.store(value);
      asked.stored.push([key, value]);
    },
    openTab: (url) => asked.opened.push(url),
    popupUrl: (hash) => `chrome-extension://id/popup.html${hash}`,
    newId: () => '0b7e0f57-3c6f-4a55-9c39-8f4f5a1e6f10',
  };
  return { deps, asked };
}

const TAB = { id: 7, windowId: 3 };
const KEY = 'qrCapture:0b7e0f57-3c6f-4a55-9c39-8f4f5a1e6f10';
const PAGE = 'chrome-extension://id/popup.html#qr=0b7e0f57-3c6f-4a55-9c39-8f4f5a1e6f10';

describe('"Check this QR code" on an image', () => {
  it('captures the tab, asks the top frame where the image is, and opens the popup page on both', async () => {
    const { deps, asked } = fakeBackground();
    await checkQrImage(deps, { srcUrl: 'https://bulletin.example/qr.png', frameId: 0 }, TAB);
    expect(asked.area).toEqual([[7, 0, 'https://bulletin.example/qr.png']]);
    expect(asked.stored).toEqual([[KEY, { capture: 'data:image/png;base64,AAAA', area: AREA }]]);
    expect(asked.opened).toEqual([PAGE]);
  });

  it('an image in a frame: that frame is asked (it answers in the tab’s viewport)', async () => {
    const { deps, asked } = fakeBackground();
    await checkQrImage(deps, { srcUrl: 'https://bulletin.example/qr.png', frameId: 4 }, TAB);
    expect(asked.area).toEqual([[7, 4, 'https://bulletin.example/qr.png']]);
    expect(asked.stored[0]![1]).toEqual({ capture: 'data:image/png;base64,AAAA', area: AREA });
  });

  it('a page without our content script, or one that answers nonsense, still gets its check of the whole tab', async () => {
    for (const area of [undefined, null, { x: 'left' }, 'here']) {
      const { deps, asked } = fakeBackground({ area });
      await checkQrImage(deps, { srcUrl: 'https://bulletin.example/qr.png', frameId: 0 }, TAB);
      expect(asked.stored[0]![1].area).toBeNull();
      expect(asked.opened).toEqual([PAGE]);
    }
  });

  it('a tab the browser will not capture (its own pages) opens the page all the same, to say so', async () => {
    const { deps, asked } = fakeBackground({ capture: () => Promise.reject(new Error('Missing activeTab permission')) });
    await checkQrImage(deps, { srcUrl: 'https://bulletin.example/qr.png', frameId: 0 }, TAB);
    expect(asked.stored[0]![1].capture).toBeNull();
    expect(asked.opened).toEqual([PAGE]);
  });

  it('a capture too large to keep is taken again as a JPEG', async () => {
    const { deps, asked } = fakeBackground({
      store: (value) => (value.capture?.startsWith('data:image/png') ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : Promise.resolve()),
    });
    await checkQrImage(deps, { srcUrl: 'https://bulletin.example/qr.png', frameId: 0 }, TAB);
    expect(asked.captures).toEqual(['png', 'jpeg']);
    expect(asked.stored).toEqual([[KEY, { capture: 'data:image/jpeg;base64,AAAA', area: AREA }]]);
    expect(asked.opened).toEqual([PAGE]);
  });
});
