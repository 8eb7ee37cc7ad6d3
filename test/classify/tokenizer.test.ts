import { describe, expect, it } from "vitest";
import { tokenize, words, wordsByRegex, wordsWithHead } from "../../src/classify/tokenizer";

describe("tokenizer", () => {
  it("lower-cases and keeps technology names such as c#, c++, node.js, .net and 3d", () => {
    expect(words("Senior C# and C++ dev for Node.js, .NET and 3D work")).toEqual([
      "senior",
      "c#",
      "c++",
      "dev",
      "node.js",
      ".net",
      "3d",
      "work",
    ]);
  });

  it("drops stop words, one-letter words and sentence-ending dots", () => {
    expect(words("I need an AI expert. Build a bot!")).toEqual(["need", "ai", "expert", "build", "bot"]);
  });

  it("reads Unicode letters and digits as words", () => {
    expect(words("Développeur Python für KI-Projekte 2024")).toEqual([
      "développeur",
      "python",
      "für",
      "ki",
      "projekte",
      "2024",
    ]);
  });

  it("adds bigrams of adjacent kept words after the unigrams", () => {
    expect(tokenize("machine learning for the chatbot")).toEqual([
      "machine",
      "learning",
      "chatbot",
      "machine learning",
      "learning chatbot",
    ]);
  });

  it("gives the same tokens for the same text every time", () => {
    const text = "ＡＩ engineer — LLM/RAG, ChatGPT API; Power Automate & UiPath";
    expect(tokenize(text)).toEqual(tokenize(text));
    expect(words(text)).toEqual([
      "ai",
      "engineer",
      "llm",
      "rag",
      "chatgpt",
      "api",
      "power",
      "automate",
      "uipath",
    ]);
  });

  const TRICKY = [
    "",
    ".",
    ".net",
    "a.net",
    "x..y",
    "node.js.",
    "c++ c+ c# c+++ c## .net. é.net .é x.é",
    "C#/.NET, ASP.NET\u00e9",
    "3d. a.b.c+ ..net +.+",
    "\ufb01le \uff21\uff29 in Zürich",
    "\u0130stanbul \u039f\u0394\u039f\u03a3",
    "ab\n.cd ab.\ncd",
    "emoji \u{1f916} bot.ai",
  ];

  it.each(TRICKY)("scans %j by hand with exactly the regular expression's words", (t) => {
    for (const tail of ["", "\nMachine Learning, .NET", `\n${t}`]) {
      expect(words(t + tail)).toEqual(wordsByRegex(t + tail));
    }
  });

  it.each(TRICKY)("wordsWithHead gives the words of a text headed by %j and of its head in one pass", (t) => {
    for (const tail of ["", "AI, C#", `${t} more words`]) {
      const text = `${t}\n${tail}\nThe description.`;
      expect(wordsWithHead(text, t)).toEqual({ words: words(text), head: words(t) });
    }
  });

  it("wordsWithHead gives the head's own words when the head is not the start of the text", () => {
    // A head that is not the start of the text still gives the head's own words.
    expect(wordsWithHead("Python developer\nDjango", "Data engineer")).toEqual({
      words: ["python", "developer", "django"],
      head: ["data", "engineer"],
    });
  });
});
