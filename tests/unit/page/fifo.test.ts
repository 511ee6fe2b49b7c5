import { describe, expect, it } from 'vitest';
import { Fifo } from '../../../src/page/fifo';

describe('Fifo', () => {
  it('gives items back in order, and starts over when emptied', () => {
    const q = new Fifo<number>();
    [1, 2, 3].forEach((n) => q.push(n));
    expect([q.take(), q.size(), q.take(), q.take(), q.take(), q.size()]).toEqual([1, 2, 2, 3, undefined, 0]);
    q.push(4);
    expect(q.take()).toBe(4);
  });
});
