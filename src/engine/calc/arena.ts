/**
 * Monthly arrays for one projection, carved out of a few large buffers. A large portfolio books
 * thousands of short profiles; allocating each as its own typed array costs more in allocation and
 * garbage collection than the arithmetic, so they share buffers that are dropped with the run.
 */
const CHUNK_LENGTH = 1 << 16;
/** The first buffer is small, so a small scenario (or one Monte Carlo draw) allocates little. */
const FIRST_CHUNK_LENGTH = 1 << 12;

export type Allocate = (length: number) => Float64Array;

/** A fresh allocator: every array it returns is zero-filled and disjoint from the others. */
export function createArena(): Allocate {
  let chunk = new Float64Array(FIRST_CHUNK_LENGTH);
  let used = 0;
  return (length) => {
    if (length > CHUNK_LENGTH) return new Float64Array(length);
    if (used + length > chunk.length) {
      // Each new buffer doubles, up to CHUNK_LENGTH.
      chunk = new Float64Array(Math.min(CHUNK_LENGTH, Math.max(chunk.length * 2, length)));
      used = 0;
    }
    const out = chunk.subarray(used, used + length);
    used += length;
    return out;
  };
}
