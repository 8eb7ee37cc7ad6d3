// The layout of the demo corpus as data: volume per year, technology rates and the category
// mix of AI, cloud and RPA posts per year, set so that the study's figures come out
// (see docs/demo-corpus.md for the arithmetic).

/** The 12 work categories of the study, by a short key; mapped to the taxonomy's names. */
export const CATEGORY_KEYS = [
  "ACC",
  "ADM",
  "CS",
  "DS",
  "DES",
  "EA",
  "IT",
  "LEG",
  "SM",
  "TR",
  "WMSD",
  "WR",
] as const;

export type CategoryKey = (typeof CATEGORY_KEYS)[number];

/** Upwork's names (and the slug a taxonomy would give them) for each key. */
export const CATEGORY_NAMES: Record<CategoryKey, string> = {
  ACC: "Accounting & Consulting",
  ADM: "Admin Support",
  CS: "Customer Service",
  DS: "Data Science & Analytics",
  DES: "Design & Creative",
  EA: "Engineering & Architecture",
  IT: "IT & Networking",
  LEG: "Legal",
  SM: "Sales & Marketing",
  TR: "Translation",
  WMSD: "Web, Mobile & Software Dev",
  WR: "Writing",
};

export const TECHNICAL_KEYS: ReadonlySet<CategoryKey> = new Set(["DS", "WMSD", "IT", "EA"]);

export const YEARS = [2020, 2021, 2022, 2023, 2024] as const;
export type Year = (typeof YEARS)[number];

/** Share of all posts per year: the market grows. */
export const YEAR_WEIGHTS: Record<Year, number> = {
  2020: 0.15,
  2021: 0.17,
  2022: 0.19,
  2023: 0.225,
  2024: 0.265,
};

export type Kind = "ai" | "cloud" | "rpa" | "fp" | "plain";

/** Share of a year's posts that are of each technology (the generator's truth) or a keyword false positive. */
export const KIND_RATES: Record<Year, Record<Exclude<Kind, "plain">, number>> = {
  2020: { ai: 0.035, cloud: 0.035, rpa: 0.018, fp: 0.03 },
  2021: { ai: 0.04, cloud: 0.038, rpa: 0.02, fp: 0.03 },
  2022: { ai: 0.05, cloud: 0.04, rpa: 0.021, fp: 0.03 },
  2023: { ai: 0.105, cloud: 0.04, rpa: 0.022, fp: 0.03 },
  2024: { ai: 0.13, cloud: 0.042, rpa: 0.023, fp: 0.03 },
};

type Mix = Record<CategoryKey, number>;

// 2020-21: DS + WMSD 72%; only Writing, Design and Admin above 1% among the others.
const AI_EARLY: Mix = {
  DS: 42,
  WMSD: 30,
  WR: 10,
  DES: 7,
  ADM: 6.15,
  TR: 0.85,
  IT: 0.8,
  EA: 0.8,
  SM: 0.8,
  ACC: 0.6,
  CS: 0.5,
  LEG: 0.5,
};

/**
 * Category mix of AI posts per year (percent). Non-technical AI posts grow 2022 -> 2023 by
 * 475 * 29.5% -> 1181 * 43.7%, i.e. +268% at the default size; DS + WMSD over 2022-23 is
 * about 55%; Translation over 2022-23 about 7.8%.
 */
export const AI_MIX: Record<Year, Mix> = {
  2020: AI_EARLY,
  2021: AI_EARLY,
  2022: {
    DS: 38,
    WMSD: 29,
    IT: 1.5,
    EA: 2,
    WR: 7,
    DES: 6.5,
    ADM: 4.5,
    TR: 2.5,
    SM: 4,
    ACC: 2,
    CS: 1.8,
    LEG: 1.2,
  },
  2023: {
    DS: 27.5,
    WMSD: 23.5,
    IT: 1.8,
    EA: 3.5,
    TR: 10,
    DES: 9,
    WR: 7.5,
    SM: 7.5,
    ADM: 5,
    ACC: 2.2,
    CS: 1.6,
    LEG: 0.9,
  },
  2024: {
    DS: 26,
    WMSD: 24,
    IT: 2,
    EA: 4,
    TR: 9,
    DES: 10,
    WR: 8,
    SM: 8,
    ADM: 5,
    ACC: 2,
    CS: 1.3,
    LEG: 0.7,
  },
};

// Cloud: IT & Networking + WMSD 83%, the same every year.
const CLOUD_ALL: Mix = {
  IT: 45,
  WMSD: 38,
  DS: 7.5,
  EA: 2,
  ADM: 1.5,
  SM: 1.5,
  ACC: 1.2,
  WR: 1.2,
  CS: 1,
  DES: 0.6,
  LEG: 0.3,
  TR: 0.2,
};

export const CLOUD_MIX: Record<Year, Mix> = {
  2020: CLOUD_ALL,
  2021: CLOUD_ALL,
  2022: CLOUD_ALL,
  2023: CLOUD_ALL,
  2024: CLOUD_ALL,
};

// RPA: WMSD just over 69% in 2020-21 (the study: "over 69%"), then DS; WMSD rises from 2022 on.
const RPA_EARLY: Mix = {
  WMSD: 70,
  DS: 12,
  ADM: 6,
  ACC: 4,
  IT: 3,
  SM: 2,
  CS: 1.5,
  EA: 0.5,
  WR: 0.5,
  DES: 0.3,
  LEG: 0.1,
  TR: 0.1,
};

export const RPA_MIX: Record<Year, Mix> = {
  2020: RPA_EARLY,
  2021: RPA_EARLY,
  2022: {
    WMSD: 72,
    DS: 11,
    ADM: 6,
    ACC: 3.5,
    IT: 3,
    SM: 2,
    CS: 1.2,
    EA: 0.5,
    WR: 0.4,
    DES: 0.3,
    LEG: 0.05,
    TR: 0.05,
  },
  2023: {
    WMSD: 75,
    DS: 10,
    ADM: 5.5,
    ACC: 3,
    IT: 2.7,
    SM: 1.8,
    CS: 1,
    EA: 0.4,
    WR: 0.3,
    DES: 0.2,
    LEG: 0.05,
    TR: 0.05,
  },
  2024: {
    WMSD: 77,
    DS: 9.5,
    ADM: 5,
    ACC: 2.8,
    IT: 2.5,
    SM: 1.5,
    CS: 0.8,
    EA: 0.4,
    WR: 0.3,
    DES: 0.1,
    LEG: 0.05,
    TR: 0.05,
  },
};

/** Everyday work: the category mix of posts that are none of the technologies. */
export const PLAIN_MIX: Mix = {
  WMSD: 22,
  DES: 16,
  SM: 14,
  WR: 10,
  ADM: 10,
  DS: 6,
  ACC: 5,
  IT: 4,
  EA: 4,
  TR: 4,
  CS: 3,
  LEG: 2,
};

/**
 * High-value share (projected value over $1,000) of AI posts with a known value. Translation
 * is fixed at 86%; the other categories get `relative * k`, where k is solved so that all
 * 2022-23 AI posts land at 58%.
 */
export const HIGH_VALUE_TARGET = 0.58;
export const HIGH_VALUE_TRANSLATION = 0.86;
export const HIGH_VALUE_RELATIVE: Record<CategoryKey, number> = {
  DS: 1.1,
  WMSD: 1.15,
  IT: 1.1,
  EA: 1.05,
  ACC: 1,
  LEG: 1.05,
  SM: 0.85,
  DES: 0.75,
  WR: 0.7,
  ADM: 0.6,
  CS: 0.7,
  TR: 1,
};

/** Periods the high-value quota is laid out in (half-open on the year). */
export function periodOf(year: number): "2020-21" | "2022-23" | "2024" {
  return year <= 2021 ? "2020-21" : year <= 2023 ? "2022-23" : "2024";
}

/** Gen-AI arrives: AI posts from this month on use the gen-AI skill mix. */
export const GEN_AI_FROM = Date.UTC(2022, 10, 1);

/**
 * Primary skill bucket of AI posts per category, before and after gen AI (bucket names as in
 * taxonomy/skills.yaml; a missing bucket is skipped and its weight shared by the others).
 */
export const BUCKET_MIX_EARLY: Record<CategoryKey, Record<string, number>> = {
  DS: {
    "Machine Learning": 35,
    "Natural Language Processing": 18,
    "Computer Vision": 18,
    "AI Model Development & Deployment": 15,
    "AI Models & Architectures": 10,
    "Data Labeling & Annotation": 4,
  },
  WMSD: {
    "Machine Learning": 22,
    "Conversational AI": 22,
    "AI Model Development & Deployment": 18,
    "Computer Vision": 15,
    "Natural Language Processing": 13,
    "AI Tools & Services": 10,
  },
  IT: { "AI Model Development & Deployment": 50, "Machine Learning": 30, "AI Tools & Services": 20 },
  EA: { "Computer Vision": 45, "Machine Learning": 35, "AI Content Creation": 20 },
  WR: { "AI Writing & Editing": 65, "Natural Language Processing": 20, "AI Content Creation": 15 },
  DES: { "AI Content Creation": 55, "AI Photo & Video Editing": 45 },
  ADM: { "Data Labeling & Annotation": 80, "AI Tools & Services": 20 },
  TR: { "AI Translation": 85, "Natural Language Processing": 15 },
  SM: { "AI Tools & Services": 50, "AI Content Creation": 30, "Machine Learning": 20 },
  ACC: { "AI Tools & Services": 60, "Machine Learning": 40 },
  CS: { "Conversational AI": 80, "AI Tools & Services": 20 },
  LEG: { "Natural Language Processing": 50, "AI Tools & Services": 50 },
};

export const BUCKET_MIX_GENAI: Record<CategoryKey, Record<string, number>> = {
  DS: {
    "Conversational AI": 25,
    "AI Tools & Services": 18,
    "AI Model Development & Deployment": 12,
    "Natural Language Processing": 10,
    "Machine Learning": 9,
    "AI Models & Architectures": 8,
    "AI Agents & Automation": 7,
    "Computer Vision": 5,
    "Prompt Engineering": 4,
    "Data Labeling & Annotation": 2,
  },
  WMSD: {
    "Conversational AI": 26,
    "AI Agents & Automation": 18,
    "AI Tools & Services": 16,
    "AI Model Development & Deployment": 14,
    "Prompt Engineering": 6,
    "Computer Vision": 6,
    "Natural Language Processing": 6,
    "Machine Learning": 5,
    "AI Models & Architectures": 3,
  },
  IT: {
    "AI Tools & Services": 50,
    "AI Model Development & Deployment": 30,
    "AI Agents & Automation": 20,
  },
  EA: { "AI Content Creation": 55, "Computer Vision": 25, "Machine Learning": 20 },
  WR: {
    "AI Writing & Editing": 60,
    "Prompt Engineering": 15,
    "AI Content Creation": 15,
    "Natural Language Processing": 10,
  },
  DES: { "AI Content Creation": 55, "AI Photo & Video Editing": 40, "Prompt Engineering": 5 },
  ADM: { "Data Labeling & Annotation": 60, "AI Tools & Services": 30, "AI Agents & Automation": 10 },
  TR: { "AI Translation": 85, "Natural Language Processing": 10, "Data Labeling & Annotation": 5 },
  SM: {
    "AI Content Creation": 40,
    "AI Tools & Services": 30,
    "AI Agents & Automation": 15,
    "Prompt Engineering": 15,
  },
  ACC: { "AI Tools & Services": 60, "AI Agents & Automation": 25, "Machine Learning": 15 },
  CS: { "Conversational AI": 70, "AI Tools & Services": 30 },
  LEG: { "AI Tools & Services": 50, "Natural Language Processing": 50 },
};
