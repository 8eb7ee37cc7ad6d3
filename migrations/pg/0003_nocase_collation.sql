-- SQLite's NOCASE collation, which the post filter uses (`p.subcategory = ? COLLATE NOCASE`):
-- case-insensitive and accent-sensitive equality. ICU's level-2 strength folds case beyond
-- ASCII too (SQLite's NOCASE folds A-Z only), which only differs for subcategory names that
-- differ in the case of a non-ASCII letter.
CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
