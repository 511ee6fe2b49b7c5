import { describe, expect, it } from 'vitest';
import { overlaySpot } from '../../../src/page/badge-placement';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('overlaySpot', () => {
  it('puts the badge just past the link’s end, centred on it, when the row has room there', () => {
    expect(overlaySpot(box(100, 10, 200, 40), 18, 16, 0, 300, null, false)).toEqual([203, 17]);
  });

  it('mirrors that in right-to-left text', () => {
    expect(overlaySpot(box(100, 10, 200, 40), 18, 16, 300, 0, null, true)).toEqual([79, 17]);
  });

  it('goes before the link when only that side has room (the last button of a row)', () => {
    expect(overlaySpot(box(100, 10, 200, 40), 18, 16, 50, 200, null, false)).toEqual([79, 17]);
  });

  it('sits centred on the top end corner when neither side has room (an icon in a tight toolbar, a card in a grid)', () => {
    expect(overlaySpot(box(100, 10, 132, 42), 18, 16, 96, 136, null, false)).toEqual([123, 2]);
    expect(overlaySpot(box(100, 10, 132, 42), 18, 16, 136, 96, null, true)).toEqual([91, 2]);
  });

  it('stays inside the box that clips it', () => {
    expect(overlaySpot(box(100, 10, 500, 30), 18, 16, 0, 1000, box(0, 0, 300, 100), false)).toEqual([282, 12]);
  });
});
