// Random forest for sparse TF-IDF features: a seeded, deterministic CART trainer of our own
// (ml-random-forest 2.1.0 rescans every row for every threshold and needs minutes to hours on
// text) that writes its trees in ml-random-forest's / ml-cart's JSON model format, so
// `RandomForestClassifier.load(json)` can read them, plus a fast sparse walker over that same
// format (the library's prediction needs dense rows: 41,886 x 20,000 numbers would not fit).

import { mulberry32, type Rng } from "../shared/random";

/** Rows of a sparse matrix in compressed-row form; column indices ascending within a row. */
export interface CsrMatrix {
  nRows: number;
  nCols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export interface ForestParams {
  nTrees: number;
  /** Features tried per split: "sqrt" = round(sqrt(nCols)), or a count. */
  maxFeatures: "sqrt" | number;
  /**
   * How the features tried at a split are drawn. "uniform": from all columns, as scikit-learn
   * does (on sparse text most draws are constant in a deep node). "present": a random in-node
   * row, then a random non-zero column of it, so every draw can split the node (frequency-weighted).
   */
  featureSampling: "uniform" | "present";
  /** "standard": n draws with replacement; "balanced": n/2 draws from each class. */
  bootstrap: "standard" | "balanced";
  /** Deepest level of a split; null = grow until pure. */
  maxDepth: number | null;
  minSamplesSplit: number;
  minSamplesLeaf: number;
}

export const DEFAULT_FOREST_PARAMS: ForestParams = {
  nTrees: 100,
  maxFeatures: "sqrt",
  featureSampling: "uniform",
  bootstrap: "standard",
  maxDepth: null,
  minSamplesSplit: 2,
  minSamplesLeaf: 1,
};

// ---- ml-cart / ml-random-forest model format -------------------------------------------------

/** A node as ml-cart's TreeNode.setNodeParameters reads it; `share` and `numberSamples` are ours. */
interface CartNodeJson {
  splitColumn?: number;
  splitValue?: number;
  gain?: number;
  numberSamples?: number;
  /** Weighted share of the positive class among the training rows of the node (for explain). */
  share?: number;
  left?: CartNodeJson;
  right?: CartNodeJson;
  /** Leaf only: [[share of class 0, share of class 1]]. */
  distribution?: number[][];
}

interface CartTreeJson {
  name: "DTClassifier";
  options: {
    gainFunction: "gini";
    splitFunction: "mean";
    minNumSamples: number;
    maxDepth: number | null;
    gainThreshold: number;
    kind: "classifier";
  };
  root: CartNodeJson;
}

export interface RandomForestJson {
  name: "RFClassifier";
  baseModel: {
    /** Per tree, the global columns it uses; a node's splitColumn indexes into this list. */
    indexes: number[][];
    n: number;
    replacement: boolean;
    maxFeatures: number;
    nEstimators: number;
    treeOptions: Record<string, unknown>;
    isClassifier: true;
    seed: number;
    estimators: CartTreeJson[];
    useSampleBagging: boolean;
    /** Ours: width of the input rows. */
    numberFeatures: number;
  };
}

// ---- randomness --------------------------------------------------------------------------------

/** Seed of tree `t` of a forest: independent of the order in which trees are built. */
function treeSeed(seed: number, t: number): number {
  let h = (seed ^ Math.imul(t + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---- matrices ------------------------------------------------------------------------------------

export function csrFromRows(
  rows: readonly { indices: Int32Array; values: Float64Array }[],
  nCols: number,
): CsrMatrix {
  const indptr = new Int32Array(rows.length + 1);
  for (let r = 0; r < rows.length; r++)
    indptr[r + 1] = (indptr[r] as number) + (rows[r]?.indices.length ?? 0);
  const nnz = indptr[rows.length] as number;
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  rows.forEach((row, r) => {
    indices.set(row.indices, indptr[r] as number);
    values.set(row.values, indptr[r] as number);
  });
  return { nRows: rows.length, nCols, indptr, indices, values };
}

/** Columns of X with their rows sorted by value, so a split scan needs no sort. */
interface SortedColumns {
  ptr: Int32Array;
  rows: Int32Array;
  vals: Float64Array;
}

function sortedColumns(X: CsrMatrix): SortedColumns {
  const ptr = new Int32Array(X.nCols + 1);
  for (let k = 0; k < X.indices.length; k++) {
    const c = (X.indices[k] as number) + 1;
    ptr[c] = (ptr[c] as number) + 1;
  }
  for (let c = 0; c < X.nCols; c++) ptr[c + 1] = (ptr[c + 1] as number) + (ptr[c] as number);
  const fill = ptr.slice(0, X.nCols);
  const rows = new Int32Array(X.indices.length);
  const vals = new Float64Array(X.indices.length);
  for (let r = 0; r < X.nRows; r++) {
    for (let k = X.indptr[r] as number; k < (X.indptr[r + 1] as number); k++) {
      const c = X.indices[k] as number;
      const at = fill[c] as number;
      rows[at] = r;
      vals[at] = X.values[k] as number;
      fill[c] = at + 1;
    }
  }
  const idx: number[] = [];
  for (let c = 0; c < X.nCols; c++) {
    const a = ptr[c] as number;
    const b = ptr[c + 1] as number;
    if (b - a < 2) continue;
    idx.length = 0;
    for (let k = a; k < b; k++) idx.push(k);
    // Rows were filled in ascending order, so ties keep row order: deterministic.
    idx.sort(
      (p, q) => (vals[p] as number) - (vals[q] as number) || (rows[p] as number) - (rows[q] as number),
    );
    const rs = idx.map((k) => rows[k] as number);
    const vs = idx.map((k) => vals[k] as number);
    rows.set(rs, a);
    vals.set(vs, a);
  }
  return { ptr, rows, vals };
}

// ---- training --------------------------------------------------------------------------------

interface GrowingTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  w0: number[];
  w1: number[];
  gain: number[];
  count: number[];
}

/** Adds a leaf with the given class weights and row count; returns its id. */
function addNode(tree: GrowingTree, w0: number, w1: number, count: number): number {
  tree.feature.push(-1);
  tree.threshold.push(0);
  tree.left.push(-1);
  tree.right.push(-1);
  tree.w0.push(w0);
  tree.w1.push(w1);
  tree.gain.push(0);
  tree.count.push(count);
  return tree.feature.length - 1;
}

/** Scratch buffers shared by all trees of one training run. */
class TreeBuilder {
  private readonly cols: SortedColumns;
  private readonly nodeOf: Int32Array;
  private readonly weight: Float64Array;
  private readonly gVal: Float64Array;
  private readonly gRow: Int32Array;
  private readonly gIdx: number[] = [];
  private readonly order: Int32Array;
  private readonly tmp: Int32Array;
  private readonly mark: Uint8Array;
  private readonly mTry: number;
  // Per-node inverted index (see indexNode).
  private readonly bucketCount: Int32Array;
  private readonly bucketStart: Int32Array;
  private readonly bucketRow: Int32Array;
  private readonly bucketVal: Float64Array;
  private readonly touched: number[] = [];
  private indexed = false;
  // Result of the last successful bestThreshold call (kept in fields: no allocation per call).
  private foundScore = 0;
  private foundThreshold = 0;
  // The split chooseSplit found for the current node, read by partition.
  private splitScore = -1;
  private splitFeature = -1;
  private splitThreshold = 0;
  private splitGain = 0;
  // Column -> stamp of the last node that tried it (instead of a Set per node).
  private readonly triedAt: Int32Array;
  private stamp = 0;
  /** Expected column length of a drawn column, for choosing between index and column scans. */
  private readonly drawnColumnLength: number;

  constructor(
    private readonly X: CsrMatrix,
    private readonly y: Uint8Array,
    private readonly params: ForestParams,
  ) {
    this.cols = sortedColumns(X);
    this.nodeOf = new Int32Array(X.nRows);
    this.weight = new Float64Array(X.nRows);
    this.gVal = new Float64Array(X.nRows);
    this.gRow = new Int32Array(X.nRows);
    this.order = new Int32Array(X.nRows);
    this.tmp = new Int32Array(X.nRows);
    this.mark = new Uint8Array(X.nRows);
    this.triedAt = new Int32Array(X.nCols);
    this.bucketCount = new Int32Array(X.nCols);
    this.bucketStart = new Int32Array(X.nCols).fill(-1);
    this.bucketRow = new Int32Array(X.indices.length);
    this.bucketVal = new Float64Array(X.indices.length);
    let sum = 0;
    let sumSq = 0;
    for (let c = 0; c < X.nCols; c++) {
      const len = (this.cols.ptr[c + 1] as number) - (this.cols.ptr[c] as number);
      sum += len;
      sumSq += len * len;
    }
    // "present" draws columns in proportion to their length; "uniform" draws them evenly.
    this.drawnColumnLength =
      params.featureSampling === "present" ? (sum > 0 ? sumSq / sum : 0) : sum / Math.max(1, X.nCols);
    this.mTry = Math.max(
      1,
      Math.min(X.nCols, params.maxFeatures === "sqrt" ? Math.round(Math.sqrt(X.nCols)) : params.maxFeatures),
    );
  }

  /**
   * Builds an inverted index of the node's rows (column -> its non-zero rows and values). Worth it
   * for small nodes: one pass over the rows' terms instead of a column scan or a binary search per
   * candidate column.
   */
  private indexNode(start: number, end: number): void {
    const { indptr, indices, values } = this.X;
    const cnt = this.bucketCount;
    this.touched.length = 0;
    for (let i = start; i < end; i++) {
      const r = this.order[i] as number;
      for (let k = indptr[r] as number; k < (indptr[r + 1] as number); k++) {
        const f = indices[k] as number;
        if (cnt[f] === 0) this.touched.push(f);
        cnt[f] = (cnt[f] as number) + 1;
      }
    }
    let acc = 0;
    for (const f of this.touched) {
      this.bucketStart[f] = acc;
      acc += cnt[f] as number;
      cnt[f] = 0;
    }
    for (let i = start; i < end; i++) {
      const r = this.order[i] as number;
      for (let k = indptr[r] as number; k < (indptr[r + 1] as number); k++) {
        const f = indices[k] as number;
        const at = (this.bucketStart[f] as number) + (cnt[f] as number);
        cnt[f] = (cnt[f] as number) + 1;
        this.bucketRow[at] = r;
        this.bucketVal[at] = values[k] as number;
      }
    }
    this.indexed = true;
  }

  private unindexNode(): void {
    for (const f of this.touched) {
      this.bucketCount[f] = 0;
      this.bucketStart[f] = -1;
    }
    this.touched.length = 0;
    this.indexed = false;
  }

  /** Gathers the non-zero values of column f among the rows of node `id`, ascending by value. */
  private gather(f: number, start: number, end: number, id: number): number {
    let k = 0;
    if (this.indexed) {
      const a = this.bucketStart[f] as number;
      if (a < 0) return 0;
      const n = this.bucketCount[f] as number;
      for (let p = 0; p < n; p++) {
        this.gVal[p] = this.bucketVal[a + p] as number;
        this.gRow[p] = this.bucketRow[a + p] as number;
      }
      k = n;
    } else {
      const { ptr, rows, vals } = this.cols;
      const a = ptr[f] as number;
      const b = ptr[f + 1] as number;
      const nNode = end - start;
      if (b - a <= nNode * 8) {
        // Column rows are sorted by value: the output needs no sort.
        for (let p = a; p < b; p++) {
          const r = rows[p] as number;
          if (this.nodeOf[r] === id) {
            this.gVal[k] = vals[p] as number;
            this.gRow[k] = r;
            k++;
          }
        }
        return k;
      }
      // Long column, fewer rows: look the column up in each row (binary search).
      const { indptr, indices, values } = this.X;
      for (let i = start; i < end; i++) {
        const r = this.order[i] as number;
        let lo = indptr[r] as number;
        let hi = (indptr[r + 1] as number) - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const c = indices[mid] as number;
          if (c < f) lo = mid + 1;
          else if (c > f) hi = mid - 1;
          else {
            this.gVal[k] = values[mid] as number;
            this.gRow[k] = r;
            k++;
            break;
          }
        }
      }
    }
    if (k > 1) this.sortGathered(k);
    return k;
  }

  private sortGathered(k: number): void {
    if (k <= 24) {
      for (let i = 1; i < k; i++) {
        const v = this.gVal[i] as number;
        const r = this.gRow[i] as number;
        let j = i - 1;
        while (j >= 0 && (this.gVal[j] as number) > v) {
          this.gVal[j + 1] = this.gVal[j] as number;
          this.gRow[j + 1] = this.gRow[j] as number;
          j--;
        }
        this.gVal[j + 1] = v;
        this.gRow[j + 1] = r;
      }
      return;
    }
    const idx = this.gIdx;
    idx.length = k;
    for (let i = 0; i < k; i++) idx[i] = i;
    const gv = this.gVal;
    const gr = this.gRow;
    idx.sort((p, q) => (gv[p] as number) - (gv[q] as number) || (gr[p] as number) - (gr[q] as number));
    const vs = idx.map((i) => gv[i] as number);
    const rs = idx.map((i) => gr[i] as number);
    for (let i = 0; i < k; i++) {
      gv[i] = vs[i] as number;
      gr[i] = rs[i] as number;
    }
  }

  /**
   * Best threshold of column f for the node, or null when f cannot split it. Score is the sum
   * over children of (w0^2 + w1^2) / w, which gini minimisation maximises.
   */
  private bestThreshold(f: number, start: number, end: number, id: number, W0: number, W1: number): boolean {
    const k = this.gather(f, start, end, id);
    if (k === 0) return false;
    const nNode = end - start;
    const minLeaf = this.params.minSamplesLeaf;
    let nz0 = 0;
    let nz1 = 0;
    for (let i = 0; i < k; i++) {
      const w = this.weight[this.gRow[i] as number] as number;
      if (this.y[this.gRow[i] as number] === 1) nz1 += w;
      else nz0 += w;
    }
    // Rows without the term (value 0) are the leftmost group.
    let l0 = Math.max(0, W0 - nz0);
    let l1 = Math.max(0, W1 - nz1);
    let nLeft = nNode - k;
    let prev = 0;
    let best = -1;
    let bestThr = 0;
    for (let i = 0; i < k; i++) {
      const v = this.gVal[i] as number;
      if (nLeft >= minLeaf && nNode - nLeft >= minLeaf && v > prev) {
        const r0 = W0 - l0;
        const r1 = W1 - l1;
        const wl = l0 + l1;
        const wr = r0 + r1;
        if (wl > 0 && wr > 0) {
          const score = (l0 * l0 + l1 * l1) / wl + (r0 * r0 + r1 * r1) / wr;
          if (score > best) {
            best = score;
            bestThr = (prev + v) / 2;
          }
        }
      }
      const r = this.gRow[i] as number;
      const w = this.weight[r] as number;
      if (this.y[r] === 1) l1 += w;
      else l0 += w;
      nLeft++;
      prev = v;
    }
    if (best < 0) return false;
    this.foundScore = best;
    this.foundThreshold = bestThr;
    return true;
  }

  /**
   * Draws the tree's bootstrap sample into `weight` (how many times each row was drawn) and puts
   * the drawn rows, ascending, at the front of `order` as the root node. Returns their count.
   */
  private bootstrap(rand: Rng): number {
    const { X, y, params } = this;
    const n = X.nRows;
    this.weight.fill(0);
    if (params.bootstrap === "balanced") {
      const byClass: number[][] = [[], []];
      for (let r = 0; r < n; r++) byClass[y[r] === 1 ? 1 : 0]?.push(r);
      for (const rowsOfClass of byClass) {
        if (rowsOfClass.length === 0) continue;
        const draws = Math.round(n / 2);
        for (let d = 0; d < draws; d++) {
          const r = rowsOfClass[Math.floor(rand() * rowsOfClass.length)] as number;
          this.weight[r] = (this.weight[r] as number) + 1;
        }
      }
    } else {
      for (let d = 0; d < n; d++) {
        const r = Math.floor(rand() * n);
        this.weight[r] = (this.weight[r] as number) + 1;
      }
    }
    let m = 0;
    this.nodeOf.fill(-1);
    for (let r = 0; r < n; r++) {
      if ((this.weight[r] as number) > 0) {
        this.order[m++] = r;
        this.nodeOf[r] = 0;
      }
    }
    return m;
  }

  /** Tries column f on the node and keeps it when it beats the best split so far. */
  private consider(f: number, start: number, end: number, id: number, w0: number, w1: number): boolean {
    if (!this.bestThreshold(f, start, end, id, w0, w1)) return false;
    // Ties keep the first feature tried: deterministic for a given seed.
    if (this.foundScore > this.splitScore) {
      this.splitScore = this.foundScore;
      this.splitFeature = f;
      this.splitThreshold = this.foundThreshold;
    }
    return true;
  }

  /**
   * Chooses the split of node `id` (rows order[start, end)) among the columns drawn for it, into
   * splitFeature, splitThreshold and splitGain. False when no drawn column improves on the node.
   * On true, the node's index (if it was worth one) is left in place for partition.
   */
  private chooseSplit(rand: Rng, id: number, start: number, end: number, w0: number, w1: number): boolean {
    const { X, params } = this;
    const nNode = end - start;
    this.splitScore = -1;
    this.splitFeature = -1;
    this.splitThreshold = 0;
    let visited = 0;
    let found = 0;
    const W = w0 + w1;
    const parentScore = (w0 * w0 + w1 * w1) / W;
    let nodeNnz = 0;
    for (let i = start; i < end; i++) {
      const r = this.order[i] as number;
      nodeNnz += (X.indptr[r + 1] as number) - (X.indptr[r] as number);
    }
    // Index the node when two passes over its terms cost less than the expected column work.
    const columnCost = this.mTry * Math.min(this.drawnColumnLength, nNode * 8);
    if (2 * nodeNnz < columnCost) this.indexNode(start, end);
    const stamp = ++this.stamp;
    const triedAt = this.triedAt;
    let triedCount = 0;
    if (params.featureSampling === "present") {
      // Each draw picks a random row of the node, then one of its terms: always splittable
      // unless all rows share the same value. Bounded so a node of identical rows ends.
      const maxDraws = this.mTry * 4;
      for (let d = 0; d < maxDraws && visited < this.mTry; d++) {
        const r = this.order[start + Math.floor(rand() * nNode)] as number;
        const a = X.indptr[r] as number;
        const len = (X.indptr[r + 1] as number) - a;
        if (len === 0) continue;
        const f = X.indices[a + Math.floor(rand() * len)] as number;
        if (triedAt[f] === stamp) continue;
        triedAt[f] = stamp;
        visited++;
        this.consider(f, start, end, id, w0, w1);
      }
    } else {
      // scikit-learn's rule: try mTry columns, and keep drawing until one can split the node.
      const nCols = X.nCols;
      while ((visited < this.mTry || found === 0) && triedCount < nCols) {
        const f = Math.floor(rand() * nCols);
        if (triedAt[f] === stamp) continue;
        triedAt[f] = stamp;
        triedCount++;
        visited++;
        if (this.consider(f, start, end, id, w0, w1)) found++;
      }
    }
    if (this.splitFeature < 0 || this.splitScore <= parentScore + 1e-12) {
      if (this.indexed) this.unindexNode();
      return false;
    }
    this.splitGain = (this.splitScore - parentScore) / W;
    return true;
  }

  /**
   * Splits node `id` on the chosen split: reorders its rows in `order` (left rows first, each side
   * in its previous order), adds both children to the tree and returns the left child's row count.
   */
  private partition(tree: GrowingTree, id: number, start: number, end: number): number {
    const { y } = this;
    const f = this.splitFeature;
    const thr = this.splitThreshold;
    // Value >= threshold goes right (ml-cart: x < value -> left).
    const k = this.gather(f, start, end, id);
    for (let i = 0; i < k; i++) if ((this.gVal[i] as number) >= thr) this.mark[this.gRow[i] as number] = 1;
    if (this.indexed) this.unindexNode();
    let nl = 0;
    let nr = 0;
    let lw0 = 0;
    let lw1 = 0;
    for (let i = start; i < end; i++) {
      const r = this.order[i] as number;
      if (this.mark[r] === 1) this.tmp[nr++] = r;
      else {
        this.order[start + nl++] = r;
        if (y[r] === 1) lw1 += this.weight[r] as number;
        else lw0 += this.weight[r] as number;
      }
    }
    for (let i = 0; i < nr; i++) this.order[start + nl + i] = this.tmp[i] as number;
    const w0 = tree.w0[id] as number;
    const w1 = tree.w1[id] as number;
    const leftId = addNode(tree, lw0, lw1, nl);
    const rightId = addNode(tree, w0 - lw0, w1 - lw1, nr);
    for (let i = start; i < start + nl; i++) this.nodeOf[this.order[i] as number] = leftId;
    for (let i = start + nl; i < end; i++) {
      const r = this.order[i] as number;
      this.nodeOf[r] = rightId;
      this.mark[r] = 0;
    }
    tree.feature[id] = f;
    tree.threshold[id] = thr;
    tree.left[id] = leftId;
    tree.right[id] = rightId;
    tree.gain[id] = this.splitGain;
    return nl;
  }

  build(seed: number): GrowingTree {
    const { y, params } = this;
    const rand = mulberry32(seed);
    const m = this.bootstrap(rand);
    const tree: GrowingTree = {
      feature: [],
      threshold: [],
      left: [],
      right: [],
      w0: [],
      w1: [],
      gain: [],
      count: [],
    };
    let W0 = 0;
    let W1 = 0;
    for (let i = 0; i < m; i++) {
      const r = this.order[i] as number;
      if (y[r] === 1) W1 += this.weight[r] as number;
      else W0 += this.weight[r] as number;
    }
    const stack: { id: number; start: number; end: number; depth: number }[] = [
      { id: addNode(tree, W0, W1, m), start: 0, end: m, depth: 0 },
    ];
    while (stack.length > 0) {
      const node = stack.pop() as { id: number; start: number; end: number; depth: number };
      const { id, start, end, depth } = node;
      const w0 = tree.w0[id] as number;
      const w1 = tree.w1[id] as number;
      const nNode = end - start;
      if (w0 === 0 || w1 === 0) continue;
      if (nNode < params.minSamplesSplit || nNode < 2 * params.minSamplesLeaf) continue;
      if (params.maxDepth !== null && depth >= params.maxDepth) continue;
      if (!this.chooseSplit(rand, id, start, end, w0, w1)) continue;
      const nl = this.partition(tree, id, start, end);
      stack.push({ id: tree.right[id] as number, start: start + nl, end, depth: depth + 1 });
      stack.push({ id: tree.left[id] as number, start, end: start + nl, depth: depth + 1 });
    }
    return tree;
  }

  /** Rows with bootstrap weight 0 in the tree just built (its out-of-bag rows). */
  outOfBag(): number[] {
    const out: number[] = [];
    for (let r = 0; r < this.X.nRows; r++) if (this.weight[r] === 0) out.push(r);
    return out;
  }
}

function toCartJson(
  tree: GrowingTree,
  minSamplesSplit: number,
  maxDepth: number | null,
): { json: CartTreeJson; used: number[] } {
  const used = [...new Set(tree.feature.filter((f) => f >= 0))].sort((a, b) => a - b);
  const local = new Map(used.map((f, i) => [f, i]));
  const node = (id: number): CartNodeJson => {
    const w0 = tree.w0[id] as number;
    const w1 = tree.w1[id] as number;
    const share = w1 / (w0 + w1);
    const f = tree.feature[id] as number;
    if (f < 0) return { distribution: [[1 - share, share]], numberSamples: tree.count[id] as number, share };
    return {
      splitColumn: local.get(f) as number,
      splitValue: tree.threshold[id] as number,
      gain: tree.gain[id] as number,
      numberSamples: tree.count[id] as number,
      share,
      left: node(tree.left[id] as number),
      right: node(tree.right[id] as number),
    };
  };
  return {
    json: {
      name: "DTClassifier",
      options: {
        gainFunction: "gini",
        splitFunction: "mean",
        minNumSamples: minSamplesSplit,
        maxDepth,
        gainThreshold: 0,
        kind: "classifier",
      },
      root: node(0),
    },
    used,
  };
}

interface TrainForestResult {
  model: RandomForestJson;
  /** Out-of-bag vote share per training row (NaN when a row was in every bootstrap). */
  oobShare: Float64Array;
}

/** Trains a forest on rows X with 0/1 labels y. Deterministic for a given seed. */
export function trainForest(
  X: CsrMatrix,
  y: Uint8Array,
  params: ForestParams,
  seed: number,
  onProgress?: (treesDone: number, treesTotal: number) => void,
): TrainForestResult {
  const builder = new TreeBuilder(X, y, params);
  const estimators: CartTreeJson[] = [];
  const indexes: number[][] = [];
  const oobVotes = new Float64Array(X.nRows);
  const oobTrees = new Float64Array(X.nRows);
  const scratch = new Float64Array(X.nCols);
  for (let t = 0; t < params.nTrees; t++) {
    const tree = builder.build(treeSeed(seed, t));
    const { json, used } = toCartJson(tree, params.minSamplesSplit, params.maxDepth);
    estimators.push(json);
    indexes.push(used);
    for (const r of builder.outOfBag()) {
      const a = X.indptr[r] as number;
      const b = X.indptr[r + 1] as number;
      for (let p = a; p < b; p++) scratch[X.indices[p] as number] = X.values[p] as number;
      let id = 0;
      while ((tree.feature[id] as number) >= 0) {
        id =
          (scratch[tree.feature[id] as number] as number) < (tree.threshold[id] as number)
            ? (tree.left[id] as number)
            : (tree.right[id] as number);
      }
      for (let p = a; p < b; p++) scratch[X.indices[p] as number] = 0;
      oobVotes[r] = (oobVotes[r] as number) + ((tree.w1[id] as number) > (tree.w0[id] as number) ? 1 : 0);
      oobTrees[r] = (oobTrees[r] as number) + 1;
    }
    onProgress?.(t + 1, params.nTrees);
  }
  const oobShare = new Float64Array(X.nRows);
  for (let r = 0; r < X.nRows; r++) {
    oobShare[r] =
      (oobTrees[r] as number) > 0 ? (oobVotes[r] as number) / (oobTrees[r] as number) : Number.NaN;
  }
  const model: RandomForestJson = {
    name: "RFClassifier",
    baseModel: {
      indexes,
      n: X.nCols,
      replacement: false,
      maxFeatures: 1.0,
      nEstimators: params.nTrees,
      treeOptions: {},
      isClassifier: true,
      seed,
      estimators,
      useSampleBagging: true,
      numberFeatures: X.nCols,
    },
  };
  return { model, oobShare };
}

// ---- prediction --------------------------------------------------------------------------------

/**
 * The trees of a RandomForestJson flattened into typed arrays, walked on sparse rows. A tree votes
 * for the class with the larger leaf share, ties to class 0 (ml-cart's maxRowIndex takes the
 * first maximum); the probability of class 1 is the share of trees voting 1.
 */
export class CompiledForest {
  readonly nTrees: number;
  readonly nFeatures: number;
  private readonly roots: Int32Array;
  private readonly feature: Int32Array;
  private readonly threshold: Float64Array;
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly vote: Uint8Array;
  private readonly share: Float64Array;
  private readonly scratch: Float64Array;
  /**
   * The hot path's copy of the trees, 16 bytes per node in pre-order (the left child follows its
   * parent), read through two views of one buffer: node i's threshold is `hotThreshold[2i]`, its
   * column `hotInt[4i + 2]` (-1 for a leaf) and its right child `hotInt[4i + 3]` (a leaf's vote).
   * Four nodes per cache line, and columns and child ids stay integers (a Float64Array holding
   * them made every step convert a double to an index).
   */
  private readonly hotThreshold: Float64Array;
  private readonly hotInt: Int32Array;

  constructor(model: RandomForestJson) {
    const base = model.baseModel;
    this.nTrees = base.estimators.length;
    this.nFeatures = base.numberFeatures;
    const feature: number[] = [];
    const threshold: number[] = [];
    const left: number[] = [];
    const right: number[] = [];
    const vote: number[] = [];
    const share: number[] = [];
    const roots: number[] = [];
    base.estimators.forEach((est, t) => {
      const cols = base.indexes[t] ?? [];
      const add = (node: CartNodeJson): number => {
        const id = feature.length;
        feature.push(-1);
        threshold.push(0);
        left.push(-1);
        right.push(-1);
        if (node.distribution !== undefined || node.left === undefined || node.right === undefined) {
          const dist = node.distribution?.[0] ?? [1];
          const p0 = dist[0] ?? 0;
          const p1 = dist[1] ?? 0;
          vote.push(p1 > p0 ? 1 : 0);
          share.push(node.share ?? p1);
          return id;
        }
        vote.push(0);
        share.push(node.share ?? Number.NaN);
        feature[id] = cols[node.splitColumn ?? 0] ?? 0;
        threshold[id] = node.splitValue ?? 0;
        left[id] = add(node.left);
        right[id] = add(node.right);
        return id;
      };
      roots.push(add(est.root));
    });
    this.roots = Int32Array.from(roots);
    this.feature = Int32Array.from(feature);
    this.threshold = Float64Array.from(threshold);
    this.left = Int32Array.from(left);
    this.right = Int32Array.from(right);
    this.vote = Uint8Array.from(vote);
    this.share = Float64Array.from(share);
    this.scratch = new Float64Array(this.nFeatures);
    const hot = new ArrayBuffer(feature.length * 16);
    this.hotThreshold = new Float64Array(hot);
    this.hotInt = new Int32Array(hot);
    for (let id = 0; id < feature.length; id++) {
      const f = feature[id] as number;
      if (f >= 0 && left[id] !== id + 1) throw new Error("tree nodes are not in pre-order");
      this.hotThreshold[2 * id] = f >= 0 ? (threshold[id] as number) : 0;
      this.hotInt[4 * id + 2] = f;
      this.hotInt[4 * id + 3] = f >= 0 ? (right[id] as number) : (vote[id] as number);
    }
  }

  get nodeCount(): number {
    return this.feature.length;
  }

  private leafOf(root: number): number {
    let id = root;
    const x = this.scratch;
    while ((this.feature[id] as number) >= 0) {
      id =
        (x[this.feature[id] as number] as number) < (this.threshold[id] as number)
          ? (this.left[id] as number)
          : (this.right[id] as number);
    }
    return id;
  }

  private load(row: { indices: Int32Array; values: Float64Array }): void {
    for (let k = 0; k < row.indices.length; k++)
      this.scratch[row.indices[k] as number] = row.values[k] as number;
  }

  private unload(row: { indices: Int32Array }): void {
    for (let k = 0; k < row.indices.length; k++) this.scratch[row.indices[k] as number] = 0;
  }

  /** Per tree, the class it votes for. */
  treeVotes(row: { indices: Int32Array; values: Float64Array }): Uint8Array {
    this.load(row);
    const out = new Uint8Array(this.nTrees);
    for (let t = 0; t < this.nTrees; t++) out[t] = this.vote[this.leafOf(this.roots[t] as number)] as number;
    this.unload(row);
    return out;
  }

  /** Share of trees voting for class 1. */
  voteShare(row: { indices: Int32Array; values: Float64Array }): number {
    this.load(row);
    const thr = this.hotThreshold;
    const ints = this.hotInt;
    const roots = this.roots;
    const x = this.scratch;
    const nTrees = this.nTrees;
    let votes = 0;
    for (let t = 0; t < nTrees; t++) {
      let i = roots[t] as number;
      for (;;) {
        const f = ints[4 * i + 2] as number;
        if (f < 0) break;
        i = (x[f] as number) < (thr[2 * i] as number) ? i + 1 : (ints[4 * i + 3] as number);
      }
      votes += ints[4 * i + 3] as number;
    }
    this.unload(row);
    return votes / nTrees;
  }

  /**
   * Path contributions (Saabas): along each tree's path, the change in the node's positive share
   * is credited to the split column; averaged over trees. bias + sum(contributions) equals the
   * mean leaf share, a close companion of the vote share.
   */
  contributions(row: { indices: Int32Array; values: Float64Array }): {
    bias: number;
    byFeature: Map<number, number>;
  } {
    this.load(row);
    const byFeature = new Map<number, number>();
    let bias = 0;
    const x = this.scratch;
    for (let t = 0; t < this.nTrees; t++) {
      let id = this.roots[t] as number;
      bias += this.share[id] as number;
      while ((this.feature[id] as number) >= 0) {
        const f = this.feature[id] as number;
        const next =
          (x[f] as number) < (this.threshold[id] as number)
            ? (this.left[id] as number)
            : (this.right[id] as number);
        const delta = (this.share[next] as number) - (this.share[id] as number);
        byFeature.set(f, (byFeature.get(f) ?? 0) + delta);
        id = next;
      }
    }
    this.unload(row);
    for (const [f, v] of byFeature) byFeature.set(f, v / this.nTrees);
    return { bias: bias / this.nTrees, byFeature };
  }

  /** Mean decrease in impurity per column, normalized to sum 1 (as scikit-learn's importances). */
  featureImportance(model: RandomForestJson): Float64Array {
    const imp = new Float64Array(this.nFeatures);
    model.baseModel.estimators.forEach((est, t) => {
      const cols = model.baseModel.indexes[t] ?? [];
      const visit = (node: CartNodeJson): void => {
        if (node.left === undefined || node.right === undefined || node.splitColumn === undefined) return;
        const f = cols[node.splitColumn] ?? 0;
        imp[f] = (imp[f] as number) + (node.gain ?? 0) * (node.numberSamples ?? 1);
        visit(node.left);
        visit(node.right);
      };
      visit(est.root);
    });
    let s = 0;
    for (const v of imp) s += v;
    if (s > 0) for (let i = 0; i < imp.length; i++) imp[i] = (imp[i] as number) / s;
    return imp;
  }
}
