// Which dictionary phrases may occur in a text, found cheaply in JavaScript so that an import
// asks the full-text index (FTS5) only about those, instead of about every phrase of the
// dictionary for every chunk (451 queries per chunk, about 60 us per imported post).
//
// The answer is a superset of FTS5's: FTS5 (tokenizer unicode61, remove_diacritics 2) splits a
// text into runs of letters, digits and private-use characters, folds case and removes
// diacritics, and matches a phrase as consecutive tokens of one column. Here the same runs are
// taken, lower-cased, and a token with non-ASCII letters also counts as its NFKD form without
// combining marks; a phrase is a candidate when its tokens follow each other in one column.
// Every token FTS5 makes is therefore among these, and every phrase it finds is a candidate.
// (The one gap would be a character that today's Unicode calls a letter but SQLite's Unicode
// 6.1 tables do not, right against a phrase's word: FTS5 would split there, this would not.)
//
// For ASCII text and an ASCII phrase the answer is exact, not a superset: FTS5's tokens of such
// text are its runs of ASCII letters and digits, lower-cased, as here. An import then takes
// those posts' phrase matches from here (inPost) and asks FTS5 only about the rest.

const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
const NON_ASCII = /[^\p{ASCII}]/u;
const MARKS = /\p{M}/gu;

/** The forms each token position of a text may take (one, or two for folded non-ASCII text). */
function tokenForms(text: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(TOKEN)) {
    const lower = m[0].toLowerCase();
    if (!NON_ASCII.test(lower)) {
      out.push([lower]);
      continue;
    }
    const folded = lower.normalize("NFKD").replace(MARKS, "");
    out.push(folded === lower ? [lower] : [lower, folded]);
  }
  return out;
}

export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

export class PhraseFilter {
  /** Phrases by their first token, each with its tokens. */
  private readonly byFirst = new Map<string, { phrase: string; tokens: string[] }[]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const tokens = tokenForms(phrase).map((forms) => forms[forms.length - 1]!);
      if (tokens.length === 0) continue;
      const list = this.byFirst.get(tokens[0]!);
      if (list) list.push({ phrase, tokens });
      else this.byFirst.set(tokens[0]!, [{ phrase, tokens }]);
    }
  }

  /** Adds to `out` the phrases that may occur in `text` (one column: phrases never span two). */
  collect(text: string, out: Set<string>): void {
    const positions = tokenForms(text);
    positions.forEach((forms, i) => {
      for (const form of forms) {
        for (const { phrase, tokens } of this.byFirst.get(form) ?? []) {
          if (out.has(phrase)) continue;
          let k = 1;
          while (k < tokens.length && positions[i + k]?.includes(tokens[k]!)) k += 1;
          if (k === tokens.length) out.add(phrase);
        }
      }
    });
  }

  /**
   * The phrases that may occur in a post's title or description (`candidates`), and of those the
   * ones that do occur, exactly as FTS5 finds them, when that is decided here (`hits`: the ASCII
   * phrases, when both texts are ASCII; see above). `hits` is null when a text has another
   * character, and never holds a phrase with one: FTS5 decides those.
   */
  inPost(title: string, description: string): { candidates: Set<string>; hits: string[] | null } {
    const candidates = new Set<string>();
    this.collect(title, candidates);
    this.collect(description, candidates);
    const exact = isAscii(title) && isAscii(description);
    return { candidates, hits: exact ? [...candidates].filter(isAscii) : null };
  }
}
