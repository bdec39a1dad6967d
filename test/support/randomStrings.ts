// Deterministic test input for the fast-path tests: strings of pieces drawn from a pool.

/** `count` strings of 1 to `maxPieces` pieces of `pool`, the same for the same seed (mulberry32). */
export function* randomStrings(pool: string[], count: number, maxPieces: number, seed = 1): Generator<string> {
  let state = seed >>> 0;
  const next = (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  for (let i = 0; i < count; i++) {
    let s = "";
    for (let k = 1 + next(maxPieces); k > 0; k--) s += pool[next(pool.length)];
    yield s;
  }
}
