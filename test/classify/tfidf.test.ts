import { describe, expect, it } from "vitest";
import { TfidfTransformer, fitTfidf, fitTfidfWords } from "../../src/classify/tfidf";
import { tokenize, words } from "../../src/classify/tokenizer";

// Three tiny documents, values worked out by hand with scikit-learn's formulas:
// idf = ln((1 + n) / (1 + df)) + 1, tf = 1 + ln(count), rows L2-normalized.
const docs = [
  ["ai", "ai", "bot"],
  ["ai", "cloud"],
  ["cloud", "cloud", "cloud", "rare"],
];

describe("TF-IDF", () => {
  it("computes smooth idf and sublinear tf like scikit-learn, then L2-normalizes", () => {
    const model = fitTfidf(docs, { minDf: 1, maxFeatures: 100, sublinearTf: true });
    expect(model.vocabulary).toEqual(["ai", "bot", "cloud", "rare"]);
    const idfAi = Math.log(4 / 3) + 1; // df 2
    const idfBot = Math.log(4 / 2) + 1; // df 1
    expect(model.idf[0]).toBeCloseTo(idfAi, 12);
    expect(model.idf[1]).toBeCloseTo(idfBot, 12);
    const v = new TfidfTransformer(model).transform(docs[0] ?? []);
    const ai = (1 + Math.log(2)) * idfAi;
    const bot = 1 * idfBot;
    const norm = Math.hypot(ai, bot);
    expect(Array.from(v.indices)).toEqual([0, 1]);
    expect(v.values[0]).toBeCloseTo(ai / norm, 12);
    expect(v.values[1]).toBeCloseTo(bot / norm, 12);
    // Hand values: ai = 1.6931 * 1.2877 = 2.1802, bot = 1.6931; normalized 0.7898 and 0.6134.
    expect(v.values[0]).toBeCloseTo(0.7898, 3);
    expect(v.values[1]).toBeCloseTo(0.6134, 3);
  });

  it("uses raw counts when sublinear tf is off", () => {
    const model = fitTfidf(docs, { minDf: 1, maxFeatures: 100, sublinearTf: false });
    const v = new TfidfTransformer(model).transform(["cloud", "cloud", "cloud", "rare"]);
    const cloud = 3 * (Math.log(4 / 3) + 1);
    const rare = Math.log(4 / 2) + 1;
    expect(v.values[0]).toBeCloseTo(cloud / Math.hypot(cloud, rare), 12);
  });

  it("drops terms under min_df and ignores unknown terms", () => {
    const model = fitTfidf(docs, { minDf: 2, maxFeatures: 100, sublinearTf: true });
    expect(model.vocabulary).toEqual(["ai", "cloud"]);
    const v = new TfidfTransformer(model).transform(["bot", "unknown"]);
    expect(v.indices.length).toBe(0);
  });

  it("keeps the most frequent terms for max_features, ties by df then term", () => {
    // total counts: cloud 4, ai 3, then bot and rare 1 each with df 1: "bot" < "rare".
    expect(fitTfidf(docs, { minDf: 1, maxFeatures: 2, sublinearTf: true }).vocabulary).toEqual([
      "ai",
      "cloud",
    ]);
    expect(fitTfidf(docs, { minDf: 1, maxFeatures: 3, sublinearTf: true }).vocabulary).toEqual([
      "ai",
      "bot",
      "cloud",
    ]);
  });

  it("gives the same model and vectors on the fast word path as on token lists", () => {
    const texts = [
      "Machine learning engineer for an AI chatbot",
      "AI chatbot with machine learning and RAG",
      "Cloud engineer: AWS Lambda, machine learning pipelines",
      "Power Automate flows for invoices; AI invoice reading",
    ];
    const params = { minDf: 1, maxFeatures: 12, sublinearTf: true };
    const slow = fitTfidf(
      texts.map((t) => tokenize(t)),
      params,
    );
    const fast = fitTfidfWords(
      texts.map((t) => words(t)),
      params,
      2,
    );
    expect(fast).toEqual(slow);
    const tr = new TfidfTransformer(fast);
    for (const t of texts) expect(tr.transformWords(words(t), 2)).toEqual(tr.transform(tokenize(t)));
  });
});
