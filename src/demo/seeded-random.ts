/**
 * A small deterministic pseudo-random number generator for the demo district.
 *
 * mulberry32: 32 bits of state, fast, good enough for picking names; NOT for anything secret.
 * The same seed always yields the same sequence, in Node and in browsers alike (pure integer maths).
 */

export interface SeededRandom {
  /** The seed this generator started from (normalised to an unsigned 32-bit integer). */
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
  /** One value of a non-empty list of [value, weight] pairs, chosen in proportion to the (positive) weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

/** Normalises any number to an unsigned 32-bit seed (NaN and ±Infinity become 0). */
export function normaliseSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

/**
 * Derives an independent seed for a named stream (FNV-1a over the label, mixed with the seed), so that
 * e.g. the user names do not shift when the region generator draws one more number.
 */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ normaliseSeed(seed);
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // A final avalanche (murmur3 fmix32) so close seeds give unrelated streams.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export function seededRandom(seed: number): SeededRandom {
  const start = normaliseSeed(seed);
  let state = start;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => {
    const lo = Math.ceil(Math.min(min, max));
    const hi = Math.floor(Math.max(min, max));
    if (hi < lo) throw new RangeError(`int(${min}, ${max}): empty range`);
    return lo + Math.floor(next() * (hi - lo + 1));
  };

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick: empty list');
    return items[Math.floor(next() * items.length)] as T;
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy;
  };

  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    let total = 0;
    for (const [, weight] of entries) {
      if (!(weight > 0) || !Number.isFinite(weight))
        throw new RangeError('weighted: weights must be positive');
      total += weight;
    }
    if (entries.length === 0) throw new RangeError('weighted: empty list');
    let roll = next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    // Floating-point rounding may leave roll at ~0: fall back to the last entry.
    return (entries[entries.length - 1] as readonly [T, number])[0];
  };

  return {
    seed: start,
    next,
    int,
    chance: (p: number) => next() < p,
    pick,
    shuffle,
    weighted,
  };
}
