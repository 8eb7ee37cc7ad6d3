// The keyword rules as plain regexes over the whole text, every term tried: what matchKeywords
// must answer, however it skips work.
import { termPattern } from "../../src/classify/keywords";
import type { TechnologyDef } from "../../src/taxonomy/taxonomy.model";

export function referenceKeywords(
  tech: TechnologyDef,
  text: string,
): { hit: boolean; included: string[]; excluded: string[] } {
  const masked: [number, number][] = [];
  const excluded: string[] = [];
  for (const t of tech.exclude) {
    const spans = [...text.matchAll(termPattern(t))].map((m): [number, number] => [
      m.index,
      m.index + m[0].length,
    ]);
    if (spans.length > 0) excluded.push(t.term);
    masked.push(...spans);
  }
  const included = tech.include
    .filter((t) =>
      [...text.matchAll(termPattern(t))].some((m) => {
        const a = m.index;
        const b = a + m[0].length;
        return !masked.some(([s, e]) => a < e && s < b);
      }),
    )
    .map((t) => t.term);
  return { hit: included.length > 0, included, excluded };
}
