/**
 * Projection arenas hand their buffers back for reuse (src/engine/calc/arena.ts): an array from a
 * later arena must read as zeros even where an earlier arena wrote, and two open arenas never
 * share memory.
 */
import { describe, expect, it } from 'vitest';
import { openArena } from '../../src/engine/calc/arena';

describe('arena', () => {
  it('gives zeroed arrays after a released arena wrote into the same buffers', () => {
    const first = openArena();
    const written = Array.from({ length: 50 }, (_, i) => first.alloc(100 + i).fill(7));
    expect(written[49]![0]).toBe(7);
    first.release();
    const second = openArena();
    for (let i = 0; i < 50; i++) {
      const a = second.alloc(100 + i);
      expect(a.every((v) => v === 0)).toBe(true);
    }
    second.release();
  });

  it('keeps arrays of two open arenas disjoint', () => {
    const a = openArena();
    const b = openArena();
    const xs = Array.from({ length: 40 }, () => a.alloc(300).fill(1));
    const ys = Array.from({ length: 40 }, () => b.alloc(300).fill(2));
    expect(xs.every((x) => x.every((v) => v === 1))).toBe(true);
    expect(ys.every((y) => y.every((v) => v === 2))).toBe(true);
    a.release();
    b.release();
  });
});
