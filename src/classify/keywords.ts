// Keyword rules of a technology (the study's candidate selection): include terms fire on word
// boundaries outside the spans of exclude terms. Used for the final label (candidate AND model)
// and as features of the model.

import type { KeywordTerm, TechnologyDef } from "../taxonomy/taxonomy.model";

interface KeywordMatch {
  /** True when at least one include term fired outside every exclude span. */
  hit: boolean;
  /** Include terms that fired, in rule order. */
  included: string[];
  /** Exclude terms that matched (and masked their spans), in rule order. */
  excluded: string[];
}

// Word characters around a term: letters, digits, `+` and `#` (so "ai" never fires inside
// "email", "Thai" or "ai+"). A dot counts only when it joins two word parts ("file.ai",
// "ai.com"), so "We need AI." still matches at the end of a sentence.
const BEFORE = "(?<![\\p{L}\\p{N}+#])(?<![\\p{L}\\p{N}]\\.)";
const AFTER = "(?![\\p{L}\\p{N}+#])(?!\\.[\\p{L}\\p{N}])";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** A term's pattern: its words separated by any run of spaces or hyphens ("machine-learning"). */
export function termPattern(term: KeywordTerm): RegExp {
  const body = term.term
    .trim()
    .split(/[\s-]+/u)
    .map(escapeRegExp)
    .join("[\\s\\-]+");
  return new RegExp(`${BEFORE}${body}${AFTER}`, term.caseSensitive ? "gu" : "giu");
}

interface CompiledTerm {
  term: string;
  re: RegExp;
  /** The same pattern, sticky: tried at one position (see termMatches). */
  sticky: RegExp;
  /**
   * The first run of letters and digits of the term, lower-cased: the term can only match where
   * the text has this run as a whole word, so its regex runs only when the text's words include
   * it. Null when the term starts with no letter or digit (always tried).
   */
  probe: string | null;
}

interface CompiledRules {
  include: CompiledTerm[];
  exclude: CompiledTerm[];
}

/**
 * A text prepared once for the rules of every technology: the set of its words, lower-cased,
 * and of ASCII text, the text lower-cased (same positions). A term with a probe can only match
 * where the text has the probe as a whole word (see CompiledTerm.probe), so on ASCII text its
 * sticky pattern is tried at those positions only, instead of scanning the whole text with
 * look-arounds.
 */
interface KeywordText {
  text: string;
  words: Set<string>;
  lower: string | null;
}

const ASCII_WORD = /[a-z0-9]+/g;
const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\p{ASCII}]/u;

export function keywordText(text: string): KeywordText {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return { text, words: new Set(lower.match(ASCII_WORD)), lower };
  const words = new Set<string>();
  for (const m of lower.matchAll(WORD)) {
    words.add(m[0]);
    // Case-insensitive regexes fold a few letters that toLowerCase() keeps (ſ matches s).
    if (NON_ASCII.test(m[0])) words.add(m[0].toUpperCase().toLowerCase());
  }
  return { text, words, lower: null };
}

function compileTerm(t: KeywordTerm): CompiledTerm {
  const first = /^[\p{L}\p{N}]+/u.exec(t.term.trim())?.[0] ?? null;
  const re = termPattern(t);
  return {
    term: t.term,
    re,
    sticky: new RegExp(re.source, `${re.flags.replace("g", "")}y`),
    probe: first === null ? null : first.toLowerCase(),
  };
}

const compiled = new WeakMap<TechnologyDef, CompiledRules>();

function compile(tech: TechnologyDef): CompiledRules {
  let c = compiled.get(tech);
  if (c === undefined) {
    c = {
      include: tech.include.map(compileTerm),
      exclude: tech.exclude.map(compileTerm),
    };
    compiled.set(tech, c);
  }
  return c;
}

/** 0-9 or a-z: a letter or digit of lower-cased ASCII text. */
const isAsciiWordChar = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 97 && code <= 122);

/**
 * The matches of a term in a text, as `text.matchAll(term.re)` gives them: left to right, each
 * search starting where the last match ended. On ASCII text, only the starts of its probe as a
 * whole word are tried.
 */
function* termMatches(t: CompiledTerm, prepared: KeywordText): Generator<{ start: number; end: number }> {
  const { text, lower } = prepared;
  const probe = t.probe;
  if (lower === null || probe === null) {
    for (const m of text.matchAll(t.re)) yield { start: m.index, end: m.index + m[0].length };
    return;
  }
  let from = 0;
  for (let start = lower.indexOf(probe); start !== -1; start = lower.indexOf(probe, start + 1)) {
    if (start < from) continue;
    if (start > 0 && isAsciiWordChar(lower.charCodeAt(start - 1))) continue;
    if (isAsciiWordChar(lower.charCodeAt(start + probe.length))) continue;
    t.sticky.lastIndex = start;
    const m = t.sticky.exec(text);
    if (m === null) continue;
    const end = start + m[0].length;
    yield { start, end };
    from = end;
  }
}

export function matchKeywords(tech: TechnologyDef, input: string | KeywordText): KeywordMatch {
  const rules = compile(tech);
  // Regexes with look-arounds are slow on long descriptions, and most terms are absent: a term
  // is tried only when the text has its first word (see CompiledTerm.probe); the regex decides.
  const prepared = typeof input === "string" ? keywordText(input) : input;
  const mayMatch = (t: CompiledTerm): boolean => t.probe === null || prepared.words.has(t.probe);
  const masked: [number, number][] = [];
  const excluded: string[] = [];
  for (const t of rules.exclude) {
    if (!mayMatch(t)) continue;
    let any = false;
    for (const { start, end } of termMatches(t, prepared)) {
      masked.push([start, end]);
      any = true;
    }
    if (any) excluded.push(t.term);
  }
  const included: string[] = [];
  for (const t of rules.include) {
    if (!mayMatch(t)) continue;
    for (const { start: a, end: b } of termMatches(t, prepared)) {
      if (!masked.some(([s, e]) => a < e && s < b)) {
        included.push(t.term);
        break;
      }
    }
  }
  return { hit: included.length > 0, included, excluded };
}
