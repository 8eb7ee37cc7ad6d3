// Deterministic tokenizer for the classifier: lower-cased Unicode words that keep technology
// names such as `c#`, `c++`, `node.js`, `.net` and `3d`, English stop words removed, then
// unigrams and bigrams. No locale-dependent calls, so every machine produces the same tokens.

/**
 * A fixed English stop-word list. Kept short on purpose: words that carry meaning in job posts
 * ("it" as in IT support, "bot", "automation") are not in it.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
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

/** The words of a text, lower-cased, stop words and one-character words (except c#-like) removed. */
export function words(text: string): string[] {
  // NFKC folds full-width and ligature forms; toLowerCase() without a locale is locale-independent.
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
