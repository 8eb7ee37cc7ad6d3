import { describe, expect, it } from "vitest";
import { tokenize, words } from "../../src/classify/tokenizer";

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
});
