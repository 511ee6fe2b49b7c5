import { describe, expect, it } from 'vitest';
import { checkQrImage, type CaptureOptions, type QrMenuDeps } from '../../../src/background/qr-image-menu';
import type { QrCapture } from '../../../src/qr/qr-capture';

const AREA = { x: 10, y: 20, width: 180, height: 180, viewportWidth: 1280, viewportHeight: 720 };
const NOW = 1_764_800_000_000;

interface Answers {
  /** The content script's answer; a function to reject as sendMessage does with no listener. */
  area?: unknown;
  capture?: (options: CaptureOptions) => Promise<string>;
  store?: (value: QrCapture) => Promise<void>;
  session?: Record<string, unknown>;
}

/** A background whose browser calls are recorded in order. */
function fakeBackground(answers: Answers = {}) {
  const calls: string[] = [];
  const asked = { area: [] as [number, number, string][], stored: [] as [string, QrCapture][], removed: [] as string[][], opened: [] as string[] };
  const deps: QrMenuDeps = {
    capture: (_windowId, options) => {
      calls.push(`capture ${options.format}`);
      return answers.capture ? answers.capture(options) : Promise.resolve(`data:image/${options.format};base64,AAAA`);
    },
    imageArea: (tabId, frameId, src) => {
      asked.area.push([tabId, frameId, src]);
      if (typeof answers.area === 'function') return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      return Promise.resolve('area' in answers ? answers.area : AREA);
    },
    store: async (key, value) => {
      calls.push('store');
      if (answers.store) await answers.store(value);
      asked.stored.push([key, value]);
    },
    session: () => Promise.resolve(answers.session ?? {}),
    remove: (keys) => {
      asked.removed.push(keys);
      return Promise.resolve();
    },
    now: () => NOW,
    openTab: (url) => {
      calls.push('open');
      asked.opened.push(url);
    },
    popupUrl: (hash) => `chrome-extension://id/popup.html${hash}`,
    newId: () => '0b7e0f57-3c6f-4a55-9c39-8f4f5a1e6f10',
  };
  return { deps, asked, calls };
}

const TAB = { id: 7, windowId: 3 };
const KEY = 'qrCapture:0b7e0f57-3c6f-4a55-9c39-8f4f5a1e6f10';
const PAGE = 'chrome-extension://id/popup.html#qr=0b7e0f57-3c6f-4a55-9c39-8f4f5a1e6f10';
const SRC = 'https://bulletin.example/qr.png';

describe('"Check this QR code" on an image', () => {
  it('captures the tab before anything opens over it, asks the frame where the image is, and opens the popup page on both', async () => {
    const { deps, asked, calls } = fakeBackground();
    await checkQrImage(deps, { srcUrl: SRC, frameId: 0 }, TAB);
    expect(calls).toEqual(['capture png', 'store', 'open']);
    expect(asked.area).toEqual([[7, 0, SRC]]);
    expect(asked.stored).toEqual([[KEY, { capture: 'data:image/png;base64,AAAA', area: AREA, takenAt: NOW }]]);
    expect(asked.opened).toEqual([PAGE]);
  });

  it('an image in a frame: that frame is asked (it answers in the tab’s viewport)', async () => {
    const { deps, asked } = fakeBackground();
    await checkQrImage(deps, { srcUrl: SRC, frameId: 4 }, TAB);
    expect(asked.area).toEqual([[7, 4, SRC]]);
    expect(asked.stored[0]![1].area).toEqual(AREA);
  });

  it('a page without our content script (sendMessage rejects), or one that answers nonsense, gets its check of the whole tab', async () => {
    for (const area of [() => undefined, undefined, null, { x: 'left' }, 'here']) {
      const { deps, asked } = fakeBackground({ area });
      await checkQrImage(deps, { srcUrl: SRC, frameId: 0 }, TAB);
      expect(asked.stored[0]![1].area).toBeNull();
      expect(asked.opened).toEqual([PAGE]);
    }
  });

  it('a tab the browser will not capture (its own pages) opens the page all the same, to say so', async () => {
    const { deps, asked } = fakeBackground({ capture: () => Promise.reject(new Error('Missing activeTab permission')) });
    await checkQrImage(deps, { srcUrl: SRC, frameId: 0 }, TAB);
    expect(asked.stored[0]![1].capture).toBeNull();
    expect(asked.opened).toEqual([PAGE]);
  });

  it('a capture too large to keep is taken again as a JPEG', async () => {
    const { deps, asked, calls } = fakeBackground({
      store: (value) => (value.capture?.startsWith('data:image/png') ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : Promise.resolve()),
    });
    await checkQrImage(deps, { srcUrl: SRC, frameId: 0 }, TAB);
    expect(calls).toEqual(['capture png', 'store', 'capture jpeg', 'store', 'open']);
    expect(asked.stored).toEqual([[KEY, { capture: 'data:image/jpeg;base64,AAAA', area: AREA, takenAt: NOW }]]);
  });

  it('captures nobody read for a minute are removed; newer ones, and tab reports, stay', async () => {
    const session = {
      'qrCapture:old': { capture: 'data:image/png;base64,AAAA', area: null, takenAt: NOW - 61_000 },
      'qrCapture:broken': 'not a capture',
      'qrCapture:fresh': { capture: 'data:image/png;base64,AAAA', area: null, takenAt: NOW - 5_000 },
      'tabReport:7': { url: 'https://bulletin.example/', meeting: null, links: [] },
    };
    const { deps, asked } = fakeBackground({ session });
    await checkQrImage(deps, { srcUrl: SRC, frameId: 0 }, TAB);
    expect(asked.removed).toEqual([['qrCapture:old', 'qrCapture:broken']]);
  });
});
