/**
 * Monthly arrays for one projection, carved out of a few large buffers. A large portfolio books
 * thousands of short profiles; allocating each as its own typed array costs more in allocation and
 * garbage collection than the arithmetic, so they share buffers. No array carved from an arena
 * outlives its projection (results hold yearly sums, not profiles), so on release the buffers are
 * zeroed and kept for the next projection: an edit, a solver step or a Monte Carlo draw then
 * allocates nothing monthly, and the collector has nothing to sweep.
 */
const CHUNK_LENGTH = 1 << 16;
/** The first buffer is small, so a small scenario (or one Monte Carlo draw) allocates little. */
const FIRST_CHUNK_LENGTH = 1 << 12;
/** At most this many buffers are kept between projections (16 MB). */
const POOL_LIMIT = 32;

export type Allocate = (length: number) => Float64Array;

export interface Arena {
  alloc: Allocate;
  /** Hands the buffers back for reuse; no array from `alloc` may be read or written after this. */
  release(): void;
}

/** Zeroed buffers from released arenas, shared by every arena of this thread (a projection is synchronous). */
const pool: Float64Array[] = [];

function takeChunk(minLength: number, wanted: number): Float64Array {
  for (let i = pool.length - 1; i >= 0; i--) {
    if (pool[i]!.length >= minLength) {
      const chunk = pool[i]!;
      pool[i] = pool[pool.length - 1]!;
      pool.pop();
      return chunk;
    }
  }
  return new Float64Array(wanted);
}

/** An arena whose arrays are zero-filled and disjoint from each other and from any other open arena. */
export function openArena(): Arena {
  const chunks: Float64Array[] = [];
  const used: number[] = [];
  let chunk = takeChunk(FIRST_CHUNK_LENGTH, FIRST_CHUNK_LENGTH);
  let offset = 0;
  let released = false;
  return {
    alloc(length) {
      if (length > CHUNK_LENGTH) return new Float64Array(length);
      if (offset + length > chunk.length) {
        chunks.push(chunk);
        used.push(offset);
        // Each new buffer doubles, up to CHUNK_LENGTH.
        chunk = takeChunk(length, Math.min(CHUNK_LENGTH, Math.max(chunk.length * 2, length)));
        offset = 0;
      }
      const out = chunk.subarray(offset, offset + length);
      offset += length;
      return out;
    },
    release() {
      if (released) return;
      released = true;
      chunks.push(chunk);
      used.push(offset);
      for (let i = 0; i < chunks.length; i++) {
        if (pool.length >= POOL_LIMIT) break;
        chunks[i]!.fill(0, 0, used[i]);
        pool.push(chunks[i]!);
      }
    },
  };
}

/** A fresh allocator that is never released (its buffers are left to the collector). */
export function createArena(): Allocate {
  return openArena().alloc;
}
