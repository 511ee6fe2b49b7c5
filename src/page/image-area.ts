/**
 * Where the image a person right-clicked is in the viewport, for "Check this QR code" (the
 * background captures the tab and cuts the image out of it). No QR work here: a box and the
 * viewport's size, measured only when the background asks.
 */
import type { ImageArea } from '../qr/crop-area';

/** Starts following right-clicks; the returned function answers for an image's src. */
export function followImageClicks(
  listen: (target: EventTarget, type: string, listener: (event: Event) => void, capture?: boolean) => void,
): (src: string) => ImageArea | null {
  let clicked: Element | null = null;
  listen(window, 'contextmenu', (event) => (clicked = event.target instanceof Element ? event.target : null), true);
  return (src) => {
    // The image right-clicked, if it is the one the menu names; else the first shown with that src.
    const image = isImageOf(clicked, src) ? clicked : [...document.images].find((img) => isImageOf(img, src) && img.getClientRects().length > 0);
    if (!image) return null;
    const box = image.getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height, viewportWidth: innerWidth, viewportHeight: innerHeight };
  };
}

const isImageOf = (element: Element | null | undefined, src: string): element is HTMLImageElement =>
  element instanceof HTMLImageElement && (element.currentSrc === src || element.src === src);
