import { describe, expect, it } from "vitest";
import type { ClassifierDoc, ClassifierParams } from "../../src/classify/classifier";
import { DEFAULT_CLASSIFIER_PARAMS, loadClassifier, trainClassifier } from "../../src/classify/classifier";
import { postText } from "../../src/classify/post-text";
import { FIXTURE_TECHNOLOGIES } from "./keyword-rules.fixture";

const ai = [
  "Machine learning engineer for churn prediction model",
  "Build a ChatGPT chatbot for customer support",
  "Fine-tune an LLM on our documents (RAG)",
  "Computer vision model to count cars",
  "AI agent to answer emails with OpenAI",
  "NLP sentiment analysis of reviews with deep learning",
];
const other = [
  "Logo design in AI and EPS format",
  "WordPress website for a bakery",
  "Bookkeeping in QuickBooks for a small shop",
  "Translate a manual from German to English",
  "Email marketing campaign in Mailchimp",
  "Excel data entry from PDF invoices",
];
function corpus(): { docs: ClassifierDoc[]; labels: number[] } {
  const docs: ClassifierDoc[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 8; i++) {
    ai.forEach((t) => {
      docs.push({ title: t, skills: i % 2 === 0 ? ["Python"] : [], description: `Project ${i}` });
      labels.push(1);
    });
    other.forEach((t) => {
      docs.push({ title: t, skills: i % 2 === 0 ? ["Python"] : [], description: `Project ${i}` });
      labels.push(0);
    });
  }
  return { docs, labels };
}

const params: ClassifierParams = {
  ...DEFAULT_CLASSIFIER_PARAMS,
  skills: { minDf: 2, maxFeatures: 100, sublinearTf: true },
  keywords: { rules: FIXTURE_TECHNOLOGIES, terms: true },
  forest: { ...DEFAULT_CLASSIFIER_PARAMS.forest, nTrees: 25 },
};

describe("classifier pipeline", () => {
  it("joins title, skills and description one per line like the reference", () => {
    expect(postText({ title: "T", skills: ["a", "b"], description: "" })).toBe("T\na, b\n");
  });

  it("trains to a JSON artifact that loads back and gives the same probabilities", () => {
    const { docs, labels } = corpus();
    const artifact = trainClassifier({ docs, labels, params, seed: 1 });
    const again = trainClassifier({ docs, labels, params, seed: 1 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(artifact));
    const json = JSON.parse(JSON.stringify(artifact)) as typeof artifact;
    const a = loadClassifier(artifact);
    const b = loadClassifier(json);
    expect(Array.from(b.predictProbability(docs))).toEqual(Array.from(a.predictProbability(docs)));
    expect(artifact.forest.name).toBe("RFClassifier");
    expect(artifact.threshold).toBeGreaterThan(0);
    expect(artifact.threshold).toBeLessThan(1);
  });

  it("separates AI posts from Illustrator and email posts, and explains with the terms that pushed", () => {
    const { docs, labels } = corpus();
    const model = loadClassifier(trainClassifier({ docs, labels, params, seed: 2 }));
    const test = [
      { title: "Deep learning model for image recognition", skills: [], description: "" },
      { title: "Logo in AI and EPS format for a bakery", skills: [], description: "" },
    ];
    expect(model.predict(test)).toEqual([true, false]);
    const e = model.explain({ title: "Build a chatbot with ChatGPT", skills: [], description: "" }, 5);
    expect(e.label).toBe(true);
    expect(e.terms.length).toBeGreaterThan(0);
    expect(e.terms.length).toBeLessThanOrEqual(5);
    expect(e.terms.some((t) => t.present && t.contribution > 0)).toBe(true);
  });
});
