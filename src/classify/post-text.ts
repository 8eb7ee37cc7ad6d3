// The text of a post as the classifier and the keyword rules read it: the same joining as the
// scikit-learn reference (title, skills joined by ", ", description, one per line).

export interface PostTextInput {
  title: string;
  /** Raw skill tags, in the post's order. */
  skills: readonly string[];
  /** May be empty: several sources carry titles only. */
  description: string;
}

export function postText(post: PostTextInput): string {
  return [post.title, post.skills.join(", "), post.description].join("\n");
}

/** Skill tags from the `;`-separated CSV column, trimmed, empties dropped. */
export function splitSkills(column: string | undefined): string[] {
  if (column === undefined || column === "") return [];
  return column
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
