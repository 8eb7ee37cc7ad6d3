// Full-text search text (PostFilter.text, analytics TEXT conditions): the terms it is made of and
// the limits that keep one search cheap. FTS5 looks every term up in its index, so the work grows
// with the terms: a few words take milliseconds, 20,000 repeated words took 20 seconds.
import { BadUserInputError } from "../shared/errors";

/** At most this many characters in one search text. */
export const MAX_SEARCH_CHARS = 200;
/** At most this many terms (words, or "quoted phrases" counted as one) in one search text. */
export const MAX_SEARCH_TERMS = 16;

/** The terms of a search text: each word, and each "quoted phrase" as its words joined by spaces. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|([\p{L}\p{N}]+)/gu)) {
    const words = (m[1] ?? m[2] ?? "").match(/[\p{L}\p{N}]+/gu);
    if (words && words.length > 0) terms.push(words.join(" "));
  }
  return terms;
}

/** BAD_USER_INPUT naming `field` unless the search text is within the limits and has a word. */
export function checkSearchText(text: string, field: string): void {
  if (text.length > MAX_SEARCH_CHARS)
    throw new BadUserInputError(
      `${field} is ${text.length} characters long; a search text takes at most ${MAX_SEARCH_CHARS}`,
      field,
    );
  const terms = searchTerms(text);
  if (terms.length === 0) throw new BadUserInputError(`${field} has no words to search for`, field);
  if (terms.length > MAX_SEARCH_TERMS)
    throw new BadUserInputError(
      `${field} has ${terms.length} search terms; at most ${MAX_SEARCH_TERMS} (a "quoted phrase" counts as one)`,
      field,
    );
}
