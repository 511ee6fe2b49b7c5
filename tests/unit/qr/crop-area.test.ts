import { describe, expect, it } from 'vitest';
import { asImageArea, cropArea } from '../../../src/qr/crop-area';

const viewport = { viewportWidth: 1280, viewportHeight: 720 };

describe('one image cut out of a capture of the tab', () => {
  it('scales the page’s box to the capture’s pixels (a screen of density 2) and adds a margin', () => {
    expect(cropArea({ x: 100, y: 50, width: 180, height: 180, ...viewport }, 2560, 1440)).toEqual({ x: 184, y: 84, width: 392, height: 392 });
  });

  it('keeps to the capture: an image half off screen is cut at the edge', () => {
    expect(cropArea({ x: -90, y: 600, width: 180, height: 180, ...viewport }, 1280, 720)).toEqual({ x: 0, y: 592, width: 98, height: 128 });
  });

  it('an image wholly off screen, of no size, or with a box that makes no sense gives nothing (the whole tab is read instead)', () => {
    expect(cropArea({ x: 2000, y: 50, width: 180, height: 180, ...viewport }, 1280, 720)).toBeNull();
    expect(cropArea({ x: 10, y: 10, width: 0, height: 180, ...viewport }, 1280, 720)).toBeNull();
    expect(cropArea({ x: Number.NaN, y: 10, width: 10, height: 10, ...viewport }, 1280, 720)).toBeNull();
    expect(cropArea({ x: 10, y: 10, width: 10, height: 10, viewportWidth: 0, viewportHeight: 720 }, 1280, 720)).toBeNull();
  });

  it('a page’s answer passes only as finite numbers, and only the fields the crop needs', () => {
    const area = { x: 1, y: 2, width: 3, height: 4, ...viewport };
    expect(asImageArea({ ...area, extra: 'x' })).toEqual(area);
    expect(asImageArea({ ...area, x: '1' })).toBeNull();
    expect(asImageArea({ ...area, y: Infinity })).toBeNull();
    expect(asImageArea(null)).toBeNull();
    expect(asImageArea('box')).toBeNull();
  });
});
