/**
 * Where the image a person right-clicked is in the tab's viewport, for "Check this QR code" (the
 * background captures the tab and cuts the image out of it). No QR work here: a box and the
 * viewport's size, measured only when the background asks. In a frame (webmail shows each
 * message in one), the frames' own places are added up to the top page; a frame whose parent is
 * on another origin cannot see that place, and answers null (the whole tab is then read).
 */
import type { ImageArea } from '../contracts/page-messages';

/** Starts following right-clicks; the returned function answers for an image's src. */
export function followImageClicks(
  listen: (target: EventTarget, type: string, listener: (event: Event) => void, capture?: boolean) => void,
): (src: string) => ImageArea | null {
  let clicked: Element | null = null;
  listen(
    window,
    'contextmenu',
    (event) => {
      // The element itself, also inside a shadow root (event.target is its host out here).
      const target = event.composedPath()[0];
      clicked = target instanceof Element ? target : null;
    },
    true,
  );
  return (src) => {
    // The image right-clicked, if it is the one the menu names; else the first shown with that src.
    const image = isImageOf(clicked, src) ? clicked : [...document.images].find((img) => isImageOf(img, src) && img.getClientRects().length > 0);
    return image ? inTopViewport(image) : null;
  };
}

function inTopViewport(element: Element): ImageArea | null {
  const box = element.getBoundingClientRect();
  let { x, y } = box;
  let view: Window = window;
  try {
    while (view !== view.top) {
      const frame = view.frameElement;
      if (!frame) return null;
      const place = frame.getBoundingClientRect();
      x += place.x + frame.clientLeft;
      y += place.y + frame.clientTop;
      view = view.parent;
    }
    return { x, y, width: box.width, height: box.height, viewportWidth: view.innerWidth, viewportHeight: view.innerHeight };
  } catch {
    // A parent on another origin.
    return null;
  }
}

const isImageOf = (element: Element | null | undefined, src: string): element is HTMLImageElement =>
  element instanceof HTMLImageElement && (element.currentSrc === src || element.src === src);
