/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) with the helpers the
 * demo-data generator needs. No Math.random: the same seed gives the same sequence everywhere.
 */

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a string (used to derive independent streams from names). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A deterministic random stream. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  public constructor(seed: number) {
    const mix = splitmix32(seed);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.nextUint();
  }

  /** An independent stream for a named purpose (so adding draws in one place does not shift others). */
  public fork(name: string): Rng {
    return new Rng((this.nextUint() ^ hashString(name)) >>> 0);
  }

  /** The next 32-bit unsigned integer. */
  public nextUint(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  public next(): number {
    return this.nextUint() / 4294967296;
  }

  /** An integer in [min, max] (inclusive). */
  public int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  public range(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with the given probability. */
  public chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  public pick<T>(items: ReadonlyArray<T>): T {
    if (items.length === 0) throw new Error('pick() from an empty array');
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * One element of a non-empty array that `used` (indexes) does not hold yet, while one is left — with
   * the same single draw as {@link pick}, so a generator that switches to it keeps every later draw;
   * marks the index used. Once all are used, elements repeat.
   */
  public pickFresh<T>(items: ReadonlyArray<T>, used: Set<number>): T {
    if (items.length === 0) throw new Error('pickFresh() from an empty array');
    return items[freshIndex(Math.floor(this.next() * items.length), items.length, used)];
  }

  /** One key by weight. */
  public weighted<T extends string>(weights: ReadonlyArray<readonly [T, number]>): T {
    const total = weights.reduce((s, w) => s + w[1], 0);
    let x = this.next() * total;
    for (const [k, w] of weights) {
      x -= w;
      if (x < 0) return k;
    }
    return weights[weights.length - 1][0];
  }

  /** `count` distinct elements (in random order); all of them when count >= length. */
  public sample<T>(items: ReadonlyArray<T>, count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const t = copy[i];
      copy[i] = copy[j];
      copy[j] = t;
    }
    return copy.slice(0, n);
  }

  /** An approximately normal value (sum of uniforms), clamped to [min, max]. */
  public normal(mean: number, sd: number, min: number = -Infinity, max: number = Infinity): number {
    const z = this.next() + this.next() + this.next() + this.next() - 2; // variance 1/3
    return Math.min(max, Math.max(min, mean + z * sd * Math.sqrt(3)));
  }
}

/**
 * The first index from `drawn` on (wrapping round `n`) that `used` does not hold, marked used; `drawn`
 * itself when all are used. No draw: a generator keeps its sequence of draws.
 */
export function freshIndex(drawn: number, n: number, used: Set<number>): number {
  let i = drawn;
  for (let k = 0; k < n && used.has(i); k++) i = (i + 1) % n;
  if (used.has(i)) i = drawn;
  used.add(i);
  return i;
}
