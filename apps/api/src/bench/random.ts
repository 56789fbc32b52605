/**
 * A seeded pseudo-random stream (mulberry32): the same seed gives the same
 * dataset on every machine, so two runs differ only in the code measured.
 * Not for anything secret.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A stream of its own per table, so adding a table later does not shift the rows of the others. */
  static forTable(seed: number, table: string): Random {
    let hash = 2166136261 ^ seed;
    for (let i = 0; i < table.length; i += 1)
      hash = Math.imul(hash ^ table.charCodeAt(i), 16777619);
    return new Random(hash);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A version-4-shaped UUID made from the stream. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () =>
      ((this.next() * 4294967296) >>> 0).toString(16).padStart(8, '0'),
    ).join('');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
