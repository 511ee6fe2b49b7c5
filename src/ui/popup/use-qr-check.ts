/** The popup's QR check: what is being read, and what it said. The latest request wins. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readImageFile, readMenuCapture, readVisibleTab, type QrReading } from './qr-readings';

/** What the codes were read from: the visible tab, an image given, or the context menu's capture. */
export type QrSource = 'tab' | 'image' | 'menu';

export type QrCheckState = { step: 'idle' } | { step: 'reading'; source: QrSource } | { step: 'read'; source: QrSource; reading: QrReading };

export interface QrCheck {
  state: QrCheckState;
  checkTab: () => void;
  checkImage: (file: Blob) => void;
}

/** `menuCapture`: the id in `#qr=<id>`, read once when given. */
export function useQrCheck(menuCapture: string | null): QrCheck {
  const [state, setState] = useState<QrCheckState>({ step: 'idle' });
  const latest = useRef(0);
  // The same functions at every render: the page's paste and drop listeners hold them.
  const actions = useMemo(() => {
    const run = (source: QrSource, read: () => Promise<QrReading>) => {
      const turn = ++latest.current;
      setState({ step: 'reading', source });
      void read().then((reading) => {
        if (turn === latest.current) setState({ step: 'read', source, reading });
      });
    };
    return { run, checkTab: () => run('tab', readVisibleTab), checkImage: (file: Blob) => run('image', () => readImageFile(file)) };
  }, []);
  useEffect(() => {
    if (menuCapture !== null) actions.run('menu', () => readMenuCapture(menuCapture));
  }, [actions, menuCapture]);
  return { state, checkTab: actions.checkTab, checkImage: actions.checkImage };
}
