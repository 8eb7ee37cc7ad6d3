// Keyword rules of a technology (the study's candidate selection): include terms fire on word
// boundaries outside the spans of exclude terms. Used for the final label (candidate AND model)
// and as features of the model.

import type { KeywordTerm, TechnologyDef } from "../taxonomy/taxonomy.types";

export interface KeywordMatch {
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
  /** First word of the term: a cheap substring test that must pass before the regex runs. */
  probe: string;
  caseSensitive: boolean;
}

interface CompiledRules {
  include: CompiledTerm[];
  exclude: CompiledTerm[];
}

function compileTerm(t: KeywordTerm): CompiledTerm {
  const first = t.term.trim().split(/[\s-]+/u)[0] ?? "";
  return {
    term: t.term,
    re: termPattern(t),
    probe: t.caseSensitive ? first : first.toLowerCase(),
    caseSensitive: t.caseSensitive,
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

export function matchKeywords(tech: TechnologyDef, text: string): KeywordMatch {
  const rules = compile(tech);
  // Regexes with look-arounds are slow on long descriptions; most terms are absent, and a
  // substring test rules them out first. toLowerCase() keeps the length of almost all text; the
  // probe only filters, the regex on the original text decides.
  const lower = text.toLowerCase();
  const mayMatch = (t: CompiledTerm): boolean => (t.caseSensitive ? text : lower).includes(t.probe);
  const masked: [number, number][] = [];
  const excluded: string[] = [];
  for (const t of rules.exclude) {
    if (!mayMatch(t)) continue;
    const { term, re } = t;
    let any = false;
    for (const m of text.matchAll(re)) {
      masked.push([m.index, m.index + m[0].length]);
      any = true;
    }
    if (any) excluded.push(term);
  }
  const included: string[] = [];
  for (const t of rules.include) {
    if (!mayMatch(t)) continue;
    const { term, re } = t;
    for (const m of text.matchAll(re)) {
      const a = m.index;
      const b = a + m[0].length;
      if (!masked.some(([s, e]) => a < e && s < b)) {
        included.push(term);
        break;
      }
    }
  }
  return { hit: included.length > 0, included, excluded };
}
