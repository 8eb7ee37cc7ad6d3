// One normal form for skill tags and alias phrases, shared by import, taxonomy and analytics.

/** Lower case, Unicode NFKC, trimmed, inner whitespace collapsed to one space. */
export function normalizeTag(raw: string): string {
  return raw.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/** A URL-safe id from a name: "Data Science & Analytics" -> "data-science-analytics". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/&/gu, " ")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
}
