// TF-IDF over token lists, with scikit-learn's conventions (smooth idf, sublinear tf, L2 norm)
// so figures can be compared with the reference; vectors are sparse because a post uses a few
// hundred of tens of thousands of terms.

export interface TfidfParams {
  /** Keep a term only when it occurs in at least this many documents. */
  minDf: number;
  /** Keep at most this many terms: the most frequent over the corpus (total count). */
  maxFeatures: number;
  /** tf = 1 + ln(count) instead of count. */
  sublinearTf: boolean;
}

export interface TfidfModel {
  params: TfidfParams;
  /** Terms in column order (sorted by term, so the column of a term is stable). */
  vocabulary: string[];
  /** idf per column: ln((1 + n) / (1 + df)) + 1. */
  idf: number[];
}

/** A sparse vector: column indices ascending, with their values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

/** Learns vocabulary and idf from the token lists of a training corpus. */
export function fitTfidf(docs: readonly (readonly string[])[], params: TfidfParams): TfidfModel {
  const df = new Map<string, number>();
  const total = new Map<string, number>();
  for (const tokens of docs) {
    const seen = new Set<string>();
    for (const t of tokens) {
      total.set(t, (total.get(t) ?? 0) + 1);
      if (!seen.has(t)) {
        seen.add(t);
        df.set(t, (df.get(t) ?? 0) + 1);
      }
    }
  }
  const kept: string[] = [];
  for (const [term, d] of df) if (d >= params.minDf) kept.push(term);
  // Ranking by corpus frequency as scikit-learn does; ties by df then by term (code-unit order,
  // not localeCompare) so the cut is the same on every machine.
  kept.sort((a, b) => {
    const byTotal = (total.get(b) ?? 0) - (total.get(a) ?? 0);
    if (byTotal !== 0) return byTotal;
    const byDf = (df.get(b) ?? 0) - (df.get(a) ?? 0);
    if (byDf !== 0) return byDf;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const vocabulary = kept.slice(0, params.maxFeatures).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = docs.length;
  const idf = vocabulary.map((t) => Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
  return { params: { ...params }, vocabulary, idf };
}

/**
 * fitTfidf over the unigrams and bigrams of word lists, without building a string per bigram:
 * words get integer ids and a bigram is counted under the number id1 * W + id2. Gives the same
 * model as fitTfidf(tokenize(...)) at a fraction of the cost.
 */
export function fitTfidfWords(
  docs: readonly (readonly string[])[],
  params: TfidfParams,
  ngramMax: 1 | 2,
): TfidfModel {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const idDocs = docs.map((ws) =>
    ws.map((w) => {
      let id = ids.get(w);
      if (id === undefined) {
        id = names.length;
        ids.set(w, id);
        names.push(w);
      }
      return id;
    }),
  );
  const W = names.length;
  const df = new Map<number, number>();
  const total = new Map<number, number>();
  const seen = new Set<number>();
  for (const doc of idDocs) {
    seen.clear();
    const count = (key: number): void => {
      total.set(key, (total.get(key) ?? 0) + 1);
      if (!seen.has(key)) {
        seen.add(key);
        df.set(key, (df.get(key) ?? 0) + 1);
      }
    };
    // Unigram keys are the word ids; bigram keys start at W.
    for (const id of doc) count(id);
    if (ngramMax === 2)
      for (let i = 0; i + 1 < doc.length; i++) count(W + (doc[i] as number) * W + (doc[i + 1] as number));
  }
  const term = (key: number): string =>
    key < W
      ? (names[key] as string)
      : `${names[Math.floor((key - W) / W)] as string} ${names[(key - W) % W] as string}`;
  const kept: { t: string; total: number; df: number }[] = [];
  for (const [key, d] of df)
    if (d >= params.minDf) kept.push({ t: term(key), total: total.get(key) ?? 0, df: d });
  kept.sort((a, b) => b.total - a.total || b.df - a.df || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  const top = kept.slice(0, params.maxFeatures).sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  const n = docs.length;
  return {
    params: { ...params },
    vocabulary: top.map((k) => k.t),
    idf: top.map((k) => Math.log((1 + n) / (1 + k.df)) + 1),
  };
}

/** Turns token lists into L2-normalized TF-IDF vectors of a fitted model. */
export class TfidfTransformer {
  readonly size: number;
  private readonly column: Map<string, number>;

  // Word path (transformWords): unigram column by word id, bigram column by id1 * W + id2, so a
  // post's bigrams are looked up by number instead of by a freshly built string.
  private readonly wordId = new Map<string, number>();
  private readonly unigramColumn: number[] = [];
  private readonly bigramColumn = new Map<number, number>();
  private readonly counts: Float64Array;
  private readonly touched: number[] = [];

  constructor(private readonly model: TfidfModel) {
    this.size = model.vocabulary.length;
    this.column = new Map(model.vocabulary.map((t, i) => [t, i]));
    this.counts = new Float64Array(this.size);
    const idOf = (w: string): number => {
      let id = this.wordId.get(w);
      if (id === undefined) {
        id = this.wordId.size;
        this.wordId.set(w, id);
        this.unigramColumn.push(-1);
      }
      return id;
    };
    const bigrams: [number, number, number][] = [];
    model.vocabulary.forEach((t, col) => {
      const parts = t.split(" ");
      if (parts.length === 1) this.unigramColumn[idOf(t)] = col;
      else if (parts.length === 2) bigrams.push([idOf(parts[0] as string), idOf(parts[1] as string), col]);
    });
    const W = this.wordId.size;
    for (const [a, b, col] of bigrams) this.bigramColumn.set(a * W + b, col);
  }

  /** Column of a term, or undefined when it is not in the vocabulary. */
  columnOf(term: string): number | undefined {
    return this.column.get(term);
  }

  /** Same as transform(tokenize-style unigrams + bigrams of `words`), faster. */
  transformWords(words: readonly string[], ngramMax: 1 | 2): SparseVector {
    const W = this.wordId.size;
    const touched = this.touched;
    const counts = this.counts;
    touched.length = 0;
    const add = (col: number): void => {
      if (counts[col] === 0) touched.push(col);
      counts[col] = (counts[col] as number) + 1;
    };
    let prev = -1;
    for (const w of words) {
      const id = this.wordId.get(w) ?? -1;
      if (id >= 0) {
        const col = this.unigramColumn[id] as number;
        if (col >= 0) add(col);
        if (ngramMax === 2 && prev >= 0) {
          const bc = this.bigramColumn.get(prev * W + id);
          if (bc !== undefined) add(bc);
        }
      }
      prev = id;
    }
    // Distinct columns: a typed-array sort (numeric, ascending) gives the same order, cheaper.
    const indices = Int32Array.from(touched).sort();
    const values = new Float64Array(indices.length);
    let norm = 0;
    for (let k = 0; k < indices.length; k++) {
      const c = indices[k] as number;
      const count = counts[c] as number;
      counts[c] = 0;
      const tf = this.model.params.sublinearTf ? 1 + Math.log(count) : count;
      const v = tf * (this.model.idf[c] as number);
      values[k] = v;
      norm += v * v;
    }
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) * inv;
    }
    return { indices, values };
  }

  transform(tokens: readonly string[]): SparseVector {
    const counts = new Map<number, number>();
    for (const t of tokens) {
      const c = this.column.get(t);
      if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const indices = Int32Array.from(counts.keys()).sort();
    const values = new Float64Array(indices.length);
    let norm = 0;
    for (let k = 0; k < indices.length; k++) {
      const c = indices[k] as number;
      const count = counts.get(c) as number;
      const tf = this.model.params.sublinearTf ? 1 + Math.log(count) : count;
      const v = tf * (this.model.idf[c] as number);
      values[k] = v;
      norm += v * v;
    }
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) * inv;
    }
    return { indices, values };
  }
}
