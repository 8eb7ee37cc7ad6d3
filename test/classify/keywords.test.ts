import { describe, expect, it } from "vitest";
import { keywordText, matchKeywords } from "../../src/classify/keywords";
import type { TechnologyDef } from "../../src/taxonomy/taxonomy.model";
import { referenceKeywords } from "../helpers/keyword-reference";

const ai: TechnologyDef = {
  id: "ai",
  name: "AI",
  include: [
    { term: "AI", caseSensitive: true },
    { term: "machine learning", caseSensitive: false },
  ],
  exclude: [
    { term: "AI and EPS", caseSensitive: true },
    { term: "(AI)", caseSensitive: true },
    { term: "Adobe Illustrator", caseSensitive: false },
  ],
};

const aiAnyCase: TechnologyDef = {
  id: "ai",
  name: "AI",
  include: [{ term: "ai", caseSensitive: false }],
  exclude: [],
};

const rpa: TechnologyDef = {
  id: "rpa",
  name: "RPA",
  include: [
    { term: "automation", caseSensitive: false },
    { term: "UiPath", caseSensitive: false },
  ],
  exclude: [
    { term: "test automation", caseSensitive: false },
    { term: "Selenium automation", caseSensitive: false },
  ],
};

describe("keyword rules", () => {
  it("fires on the word AI in a sentence, also at its end", () => {
    expect(matchKeywords(ai, "Build an AI chatbot")).toEqual({ hit: true, included: ["AI"], excluded: [] });
    expect(matchKeywords(ai, "We need AI.").hit).toBe(true);
    expect(matchKeywords(ai, "AI/ML engineer, AI-powered app").hit).toBe(true);
  });

  it("does not take Adobe Illustrator files for AI", () => {
    expect(matchKeywords(ai, "Need a logo in AI and EPS format")).toEqual({
      hit: false,
      included: [],
      excluded: ["AI and EPS"],
    });
    expect(matchKeywords(ai, "Send Adobe Illustrator (AI) files")).toEqual({
      hit: false,
      included: [],
      excluded: ["(AI)", "Adobe Illustrator"],
    });
    expect(matchKeywords(ai, "deliver logo.ai and logo.eps").hit).toBe(false);
  });

  it("still fires when AI appears outside the masked Illustrator span", () => {
    const m = matchKeywords(ai, "Logo in AI and EPS format, generated with AI tools");
    expect(m).toEqual({ hit: true, included: ["AI"], excluded: ["AI and EPS"] });
  });

  it("respects case sensitivity: a case-sensitive AI does not fire on 'ai'", () => {
    expect(matchKeywords(ai, "rename file to final ai version").hit).toBe(false);
    expect(matchKeywords(aiAnyCase, "rename file to final ai version").hit).toBe(true);
    expect(matchKeywords(ai, "MACHINE LEARNING pipeline").included).toEqual(["machine learning"]);
  });

  it.each(["Email marketing campaign", "Thai translator", "email me at x@y.com", "said", "ai.com redirect"])(
    "never fires ai inside email, Thai or domain-like words: %j",
    (text) => {
      expect(matchKeywords(aiAnyCase, text).hit, text).toBe(false);
    },
  );

  it("masks QA-automation phrases before trying automation", () => {
    expect(matchKeywords(rpa, "Test automation with Selenium")).toEqual({
      hit: false,
      included: [],
      excluded: ["test automation"],
    });
    expect(matchKeywords(rpa, "Selenium automation scripts for our QA team").hit).toBe(false);
    expect(matchKeywords(rpa, "UiPath automation of invoice entry")).toEqual({
      hit: true,
      included: ["automation", "UiPath"],
      excluded: [],
    });
  });

  it("matches multi-word terms across spaces and hyphens", () => {
    expect(matchKeywords(ai, "machine-learning model").hit).toBe(true);
    expect(matchKeywords(ai, "machine\n  learning model").hit).toBe(true);
  });
});

describe("keyword rules tried only where the text has a term's first word", () => {
  // Overlapping and repeated matches, terms sharing a first word, case, punctuation around the
  // word, and the same texts with a character other than ASCII (the whole-text path).
  const overlap: TechnologyDef = {
    id: "data",
    name: "Data",
    include: [
      { term: "data", caseSensitive: false },
      { term: "data data", caseSensitive: false },
      { term: "A.I.", caseSensitive: false },
      { term: "C++", caseSensitive: true },
    ],
    exclude: [
      { term: "data data", caseSensitive: false },
      { term: "big data", caseSensitive: false },
    ],
  };
  const texts = [
    "data data data",
    "data data data data",
    "big data, data-data and Data",
    "metadata datadata data2 data.",
    "file.data A.I. a.i.x ai.com (A.I.) C++ c++ C++11",
    "ML and Machine  learning; machine-learning",
    "Adobe Illustrator (AI) AI and EPS, then AI",
    "test automation, UiPath automation",
  ];

  it("finds what every term's regex over the whole text finds", () => {
    for (const tech of [overlap, ai, aiAnyCase, rpa])
      for (const text of [...texts, ...texts.map((t) => `${t} café`)])
        expect(matchKeywords(tech, keywordText(text)), `${tech.id}: ${text}`).toEqual(
          referenceKeywords(tech, text),
        );
  });
});
