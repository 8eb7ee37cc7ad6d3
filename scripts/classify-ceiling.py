#!/usr/bin/python3
"""How far can TF-IDF features go on labeled.csv? Cross-validated figures for docs/classifier.md.

Runs, on the same stratified 5-fold split as the scikit-learn reference (shuffle, seed 0):
  - a scikit-learn replica of Frontier's recommended pipeline (words 1-2 grams 10k + title block
    5k, 100 trees, threshold maximising F1 on the out-of-bag scores of the training folds), then
    variants of it (one change each) and the replica with other forest seeds (the noise floor);
  - logistic regression on TF-IDF 1-2 grams (balanced classes), a linear model that uses every
    rare term, as a second opinion on where TF-IDF features top out on these labels;
  - a learning curve: the replica trained on 25%, 50% and 75% of each training fold (a
    stratified subsample), scored on the same held-out folds.

Needs Debian's python3-sklearn; the stemming variant also python3-snowballstemmer.
  /usr/bin/python3 scripts/classify-ceiling.py [../shared/data/labeled.csv] [--only NAME,...]
Takes about 15 minutes on 2 cores.
"""
import argparse, csv, json, re
import numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.feature_selection import chi2
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

csv.field_size_limit(1 << 30)
TECHS = ("ai", "cloud", "rpa")
WORD = r"(?u)\b\w\w+\b"

VARIANTS = {
    "replica": {},
    "seed+100": {"seed": 100},
    "seed+200": {"seed": 200},
    "trees 500": {"trees": 500},
    "max_features 5%": {"mf": 0.05},
    "min_samples_leaf 2": {"msl": 2},
    "class_weight balanced_subsample": {"cw": "balanced_subsample"},
    "chi2 top 1000": {"chi2": 1000},
    "chi2 top 3000": {"chi2": 3000},
    "+ category/subcategory block": {"sub": True},
    "+ skill-tag block": {"skills": True},
    "+ char_wb 3-5 grams 20k": {"char": 20000},
    "porter stemming": {"stem": "porter"},
    "extra trees": {"et": True},
    "500 trees + max_features 5% + stemming": {"trees": 500, "mf": 0.05, "stem": "porter"},
    "25% of the training rows": {"fraction": 0.25},
    "50% of the training rows": {"fraction": 0.5},
    "75% of the training rows": {"fraction": 0.75},
}


def best_threshold(scores, y):
    """Score that maximises F1 when used as 'score >= threshold' (same rule as Frontier's)."""
    order = np.argsort(-scores)
    s, yy = scores[order], y[order]
    f1 = 2 * np.cumsum(yy) / (np.arange(1, len(y) + 1) + y.sum())
    last = np.r_[s[1:] != s[:-1], True]  # only cut between distinct scores
    i = np.argmax(np.where(last, f1, -1))
    return s[i]


def tokenizer_for(stem):
    if not stem:
        return None
    import snowballstemmer

    st, rx, cache = snowballstemmer.stemmer(stem), re.compile(WORD), {}

    def tok(text):
        return [cache.setdefault(w, st.stemWord(w)) for w in rx.findall(text.lower())]

    return tok


def blocks(cfg, data, tr, te):
    tok = tokenizer_for(cfg.get("stem"))

    def words(n):
        return TfidfVectorizer(
            ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=n, tokenizer=tok,
            token_pattern=None if tok else WORD,
        )

    specs = [(words(10000), data["text"]), (words(5000), data["title"])]
    if cfg.get("sub"):
        specs.append((TfidfVectorizer(min_df=2, token_pattern=r"[^|]+", preprocessor=lambda s: s.lower()), data["sub"]))
    if cfg.get("skills"):
        split = lambda s: [x.strip().lower() for x in s.split(";") if x.strip()]
        specs.append((TfidfVectorizer(min_df=2, tokenizer=split, token_pattern=None), data["skills"]))
    if cfg.get("char"):
        specs.append((TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True, max_features=cfg["char"]), data["text"]))
    a, b = [], []
    for vec, col in specs:
        a.append(vec.fit_transform([col[i] for i in tr]))
        b.append(vec.transform([col[i] for i in te]))
    return sp.hstack(a).tocsr(), sp.hstack(b).tocsr()


def score(y, pred):
    tp = int(((pred == 1) & (y == 1)).sum())
    return {"acc": round(float((pred == y).mean()), 4), "f1": round(2 * tp / (pred.sum() + y.sum()), 4)}


def forest_cv(cfg, data, y, folds):
    pred = np.zeros(len(y), int)
    for f, (tr, te) in enumerate(folds):
        if cfg.get("fraction"):
            rng = np.random.RandomState(f)
            tr = np.sort(np.concatenate([rng.permutation(tr[y[tr] == v])[: int(cfg["fraction"] * (y[tr] == v).sum())] for v in (0, 1)]))
        Xtr, Xte = blocks(cfg, data, tr, te)
        if cfg.get("chi2"):
            keep = np.argsort(-np.nan_to_num(chi2(Xtr, y[tr])[0]))[: cfg["chi2"]]
            Xtr, Xte = Xtr[:, keep], Xte[:, keep]
        kind = ExtraTreesClassifier if cfg.get("et") else RandomForestClassifier
        kw = dict(n_estimators=cfg.get("trees", 100), random_state=f + cfg.get("seed", 0), n_jobs=2,
                  bootstrap=True, oob_score=True, max_features=cfg.get("mf", "sqrt"), min_samples_leaf=cfg.get("msl", 1))
        if cfg.get("cw"):
            kw["class_weight"] = cfg["cw"]
        m = kind(**kw).fit(Xtr, y[tr])
        thr = best_threshold(m.oob_decision_function_[:, 1], y[tr])
        pred[te] = m.predict_proba(Xte)[:, 1] >= thr
    return score(y, pred)


def logistic_cv(C, data, y, folds):
    pred = np.zeros(len(y), int)
    for tr, te in folds:
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        m = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
        m.fit(vec.fit_transform([data["text"][i] for i in tr]), y[tr])
        pred[te] = m.predict(vec.transform([data["text"][i] for i in te]))
    return score(y, pred)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("labeled", nargs="?", default="../shared/data/labeled.csv")
    ap.add_argument("--only", help="comma-separated variant names (logistic: 'logistic C=16')")
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.labeled, encoding="utf-8", newline="")))
    data = {
        "text": ["\n".join([r["title"], r["skills"].replace(";", ","), r["description"]]) for r in rows],
        "title": [r["title"] for r in rows],
        "sub": [r["category"] + "|" + r["subcategory"] for r in rows],
        "skills": [r["skills"] for r in rows],
    }
    runs = [(n, lambda y, folds, c=c: forest_cv(c, data, y, folds)) for n, c in VARIANTS.items()]
    runs += [(f"logistic C={C}", lambda y, folds, C=C: logistic_cv(C, data, y, folds)) for C in (1, 4, 16, 64)]
    only = set(a.only.split(",")) if a.only else None
    for name, run in runs:
        if only and name not in only:
            continue
        out = {}
        for tech in TECHS:
            y = np.array([int(r[tech]) for r in rows])
            folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(data["text"], y))
            out[tech] = run(y, folds)
        print(json.dumps({"variant": name, **out}), flush=True)


if __name__ == "__main__":
    main()
