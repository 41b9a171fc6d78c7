/**
 * Deterministic randomness for the seed: the same seed string gives the same
 * sequence in every JavaScript engine (Node, browsers), so the sandbox's data
 * is the same everywhere and tests can rely on it. Not for anything secret.
 */

/** FNV-1a (32 bits) of a string: turns a stable key into a PRNG seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A small seeded PRNG (mulberry32) with the helpers the seed needs.
 *
 * Each customer gets its own `Random` seeded from a stable key (billing entity
 * and index), not a share of one global stream: adding a customer, or seeding
 * "large" instead of "default", changes nobody else's data.
 */
export class Random {
  #state: number;

  constructor(seed: string | number) {
    this.#state = (typeof seed === "string" ? hashString(seed) : seed) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let r = this.next() * total;
    for (const [value, weight] of choices) {
      r -= weight;
      if (r < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }

  /** `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    }
    return out;
  }

  /** A string of `length` decimal digits. */
  digits(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += String(Math.floor(this.next() * 10));
    return out;
  }

  /** A UUID shaped like v4 (version nibble 4, variant 10xx), from this stream. */
  uuid(): string {
    let hex = "";
    for (let i = 0; i < 4; i++) {
      hex += Math.floor(this.next() * 2 ** 32)
        .toString(16)
        .padStart(8, "0");
    }
    const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** A v4-shaped UUID derived from a stable name, for reference data (offers, themes). */
export function uuidFor(name: string): string {
  return new Random(`uuid:${name}`).uuid();
}
