// The post keys (source + id) met so far in one import, with the line of the first of each, to
// refuse the same post twice in one file. Without it the last occurrence won and every re-import
// of the file rewrote those posts (and never said so).
//
// Memory: an open-addressing table of 64-bit key hashes and first lines in typed arrays, 12
// bytes a slot at a load of at most 3/4: 1M keys take 25 MB (2^21 slots), 5M take 100 MB
// (2^23). A Map of the key strings took 94 MB of heap for 1M keys and 555 MB for 5M (measured
// here, keys like those of posts.csv). The database cannot answer instead: a post left
// unchanged by this import keeps its old batch id, and the line of a first occurrence is in no
// table.
//
// Collisions: two different keys with the same 64-bit hash would refuse the second as a
// duplicate of the first. For n keys the chance of any is about n^2 / 2^65: 3e-8 for 1M keys,
// 7e-7 for 5M. The reason names the line of the "first", so such a refusal can be checked.

const EMPTY = 0;

/** Two 32-bit lanes (cyrb53's mixing, both lanes kept) of a string's UTF-16 code units. */
function hash64(s: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

export class SeenKeys {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  /** 1-based line of the first occurrence; EMPTY marks a free slot. */
  private lines = new Uint32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The line where this key was first met; otherwise records it at `line` and returns null. */
  firstLine(source: string, externalId: string, line: number): number | null {
    const [h, l] = hash64(`${source}\u0000${externalId}`);
    const mask = this.lines.length - 1;
    for (let slot = (h ^ l) & mask; ; slot = (slot + 1) & mask) {
      if (this.lines[slot] === EMPTY) {
        this.hi[slot] = h;
        this.lo[slot] = l;
        this.lines[slot] = line;
        this.count += 1;
        if (this.count * 4 > this.lines.length * 3) this.grow();
        return null;
      }
      if (this.hi[slot] === h && this.lo[slot] === l) return this.lines[slot]!;
    }
  }

  private grow(): void {
    const { hi, lo, lines } = this;
    this.hi = new Uint32Array(lines.length * 2);
    this.lo = new Uint32Array(lines.length * 2);
    this.lines = new Uint32Array(lines.length * 2);
    const mask = this.lines.length - 1;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === EMPTY) continue;
      let slot = (hi[i]! ^ lo[i]!) & mask;
      while (this.lines[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.hi[slot] = hi[i]!;
      this.lo[slot] = lo[i]!;
      this.lines[slot] = lines[i]!;
    }
  }
}
