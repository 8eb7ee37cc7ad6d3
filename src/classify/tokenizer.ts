// Deterministic tokenizer for the classifier: lower-cased Unicode words that keep technology
// names such as `c#`, `c++`, `node.js`, `.net` and `3d`, English stop words removed, then
// unigrams and bigrams. No locale-dependent calls, so every machine produces the same tokens.

/**
 * A fixed English stop-word list. Kept short on purpose: words that carry meaning in job posts
 * ("it" as in IT support, "bot", "automation") are not in it.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  "a",
  "about",
  "above",
  "after",
  "again",
  "against",
  "all",
  "also",
  "am",
  "an",
  "and",
  "any",
  "are",
  "as",
  "at",
  "be",
  "because",
  "been",
  "before",
  "being",
  "below",
  "between",
  "both",
  "but",
  "by",
  "can",
  "could",
  "did",
  "do",
  "does",
  "doing",
  "down",
  "during",
  "each",
  "etc",
  "few",
  "for",
  "from",
  "further",
  "had",
  "has",
  "have",
  "having",
  "he",
  "her",
  "here",
  "hers",
  "herself",
  "him",
  "himself",
  "his",
  "how",
  "i",
  "if",
  "in",
  "into",
  "is",
  "its",
  "itself",
  "just",
  "me",
  "more",
  "most",
  "my",
  "myself",
  "no",
  "nor",
  "not",
  "now",
  "of",
  "off",
  "on",
  "once",
  "only",
  "or",
  "other",
  "our",
  "ours",
  "ourselves",
  "out",
  "over",
  "own",
  "same",
  "she",
  "should",
  "so",
  "some",
  "such",
  "than",
  "that",
  "the",
  "their",
  "theirs",
  "them",
  "themselves",
  "then",
  "there",
  "these",
  "they",
  "this",
  "those",
  "through",
  "to",
  "too",
  "under",
  "until",
  "up",
  "very",
  "was",
  "we",
  "were",
  "what",
  "when",
  "where",
  "which",
  "while",
  "who",
  "whom",
  "why",
  "will",
  "with",
  "would",
  "you",
  "your",
  "yours",
  "yourself",
  "yourselves",
]);

// A word is letters/digits, optionally joined by dots (node.js, vue.js, 2.0), optionally led by
// a dot when nothing word-like precedes it (.net) and optionally closed by ++, + or # (c++, c#).
const WORD = /(?:(?<![\p{L}\p{N}])\.(?=[\p{L}\p{N}]))?[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*(?:\+\+|\+|#)?/gu;

/** Whether a lower-cased ASCII code unit is a word character (\p{L} or \p{N}: a-z, 0-9). */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Pushes the kept words of an already normalized, lower-cased text to `out` and returns how many
 * of them start before `prefixEnd`. ASCII text (most posts) is scanned by hand with exactly the
 * semantics of WORD (whose \p{L}\p{N} is [a-z0-9] there); other text goes through WORD itself.
 */
function scanWords(lower: string, prefixEnd: number, out: string[]): number {
  const first = out.length;
  let inPrefix = 0;
  const n = lower.length;
  let p = 0;
  let ascii = true;
  while (p < n) {
    const c = lower.charCodeAt(p);
    if (c >= 128) {
      ascii = false;
      break;
    }
    let start = -1;
    let q = p;
    if (isAsciiWordChar(c)) start = p;
    else if (
      c === 46 &&
      p + 1 < n &&
      isAsciiWordChar(lower.charCodeAt(p + 1)) &&
      (p === 0 || !isAsciiWordChar(lower.charCodeAt(p - 1)))
    ) {
      // A leading dot (.net); the lookbehind sees the previous code unit, ASCII or not.
      start = p;
      q = p + 1;
    }
    if (start < 0) {
      p++;
      continue;
    }
    // [\p{L}\p{N}]+ then (\.[\p{L}\p{N}]+)*: a non-ASCII unit ends the run like any non-word one
    // and is caught by the outer loop, which then rescans the whole text by regex.
    while (q < n && isAsciiWordChar(lower.charCodeAt(q))) q++;
    while (q + 1 < n && lower.charCodeAt(q) === 46 && isAsciiWordChar(lower.charCodeAt(q + 1))) {
      q += 2;
      while (q < n && isAsciiWordChar(lower.charCodeAt(q))) q++;
    }
    if (q < n) {
      const d = lower.charCodeAt(q);
      if (d === 43) q += q + 1 < n && lower.charCodeAt(q + 1) === 43 ? 2 : 1;
      else if (d === 35) q++;
    }
    if (q - start >= 2) {
      const w = lower.slice(start, q);
      if (!STOP_WORDS.has(w)) {
        out.push(w);
        if (start < prefixEnd) inPrefix = out.length - first;
      }
    }
    p = q;
  }
  if (ascii) return inPrefix;
  out.length = first;
  inPrefix = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    const w = m[0];
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    out.push(w);
    if (m.index < prefixEnd) inPrefix = out.length - first;
  }
  return inPrefix;
}

/** The words of a text, lower-cased, stop words and one-character words (except c#-like) removed. */
export function words(text: string): string[] {
  // NFKC folds full-width and ligature forms; toLowerCase() without a locale is locale-independent.
  const lower = text.normalize("NFKC").toLowerCase();
  const out: string[] = [];
  scanWords(lower, 0, out);
  return out;
}

/** The same as words() with the regular expression only (reference for tests). */
export function wordsByRegex(text: string): string[] {
  const lower = text.normalize("NFKC").toLowerCase();
  const out: string[] = [];
  for (const m of lower.matchAll(WORD)) {
    const w = m[0];
    if (w.length < 2) continue;
    if (STOP_WORDS.has(w)) continue;
    out.push(w);
  }
  return out;
}

/**
 * words(text) and words(head) in one pass, for a text that starts with `head` and a line break
 * (the post text starts with the title): a word cannot span a line break, so the head's words are
 * the text's words that start inside it. Falls back to two passes when the normalized, lower-cased
 * text does not start with the normalized, lower-cased head and a line break.
 */
export function wordsWithHead(text: string, head: string): { words: string[]; head: string[] } {
  const lower = text.normalize("NFKC").toLowerCase();
  const lowerHead = head.normalize("NFKC").toLowerCase();
  const out: string[] = [];
  if (
    lower.length > lowerHead.length &&
    lower.charCodeAt(lowerHead.length) === 10 &&
    lower.startsWith(lowerHead)
  ) {
    const k = scanWords(lower, lowerHead.length, out);
    return { words: out, head: out.slice(0, k) };
  }
  scanWords(lower, 0, out);
  const headWords: string[] = [];
  scanWords(lowerHead, 0, headWords);
  return { words: out, head: headWords };
}

/**
 * Unigrams then bigrams of the words of a text (bigrams join adjacent kept words with one space,
 * as scikit-learn does after stop-word removal).
 */
export function tokenize(text: string, ngramMax: 1 | 2 = 2): string[] {
  const ws = words(text);
  if (ngramMax === 1) return ws;
  const out = ws.slice();
  for (let i = 0; i + 1 < ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]}`);
  return out;
}
