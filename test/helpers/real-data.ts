// Paths of the real data beside the project (../shared/data), and a way to skip without it.
import fs from "node:fs";
import path from "node:path";

export const SHARED_DATA = path.resolve("..", "shared", "data");
export const POSTS_CSV = path.join(SHARED_DATA, "posts.csv");
export const LABELED_CSV = path.join(SHARED_DATA, "labeled.csv");

export const hasRealData = fs.existsSync(POSTS_CSV) && fs.existsSync(LABELED_CSV);

if (!hasRealData) console.warn(`real data not found at ${SHARED_DATA}: tests on the real posts are skipped`);
