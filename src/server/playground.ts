// The GraphiQL playground, served entirely from the project's installed packages so that it
// works with no internet access: the page, its scripts and styles, and example queries.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import express from "express";

interface PlaygroundTab {
  query: string;
  variables?: string;
  headers?: string;
}

/** Variables as the Variables pane shows them. */
function vars(value: Record<string, unknown>): string {
  return JSON.stringify(value, null, 2);
}

/**
 * The tabs a first-time visitor finds open. Edit freely: they are only examples. A tab with
 * `variables` opens with the Variables pane showing them.
 */
export const PLAYGROUND_EXAMPLES: PlaygroundTab[] = [
  {
    query: `# The 12 work categories and whether each counts as technical.
# Press Ctrl+Enter (or the run button) to run. Writes need an API key:
# add {"Authorization": "Bearer fk_..."} under "Headers" below.
query Categories {
  categories {
    id
    name
    technical
  }
}
`,
  },
  {
    query: `# Posts matching a full-text search since a date: the total and the first page.
query Posts($filter: PostFilter, $first: Int) {
  posts(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        postedAt
        category {
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`,
    variables: vars({ filter: { text: "chatbot", from: "2023-01-01" }, first: 5 }),
  },
  {
    query: `# The technologies the API tracks, with their keyword rules.
query Technologies {
  technologies {
    id
    name
    rules {
      include {
        term
        caseSensitive
      }
      exclude {
        term
      }
    }
  }
}
`,
  },
  {
    query: `# Where the posts come from; synthetic: true marks the generated demo corpus.
query Datasets {
  datasets {
    id
    synthetic
    postCount
    description
  }
}
`,
  },
  {
    query: `# Figure 1 of the study: the share of AI posts per category, 2020-21 vs 2022-23,
# and which models and labels the answer rests on.
query CategoryShare {
  categoryShare(
    technology: "ai"
    periods: [
      { label: "2020-21", from: "2020-01-01", to: "2022-01-01" }
      { label: "2022-23", from: "2022-01-01", to: "2024-01-01" }
    ]
  ) {
    period
    category {
      name
    }
    posts
    share
    penetration
  }
  provenance {
    classifyMode
    technologies {
      technology {
        id
      }
      activeModel {
        id
        metrics {
          accuracy
          f1
        }
      }
    }
  }
}
`,
  },
  {
    query: `# Figure 3: gen-AI skill buckets of AI posts in Data Science since January 2024.
query BucketDemand {
  bucketDemand(
    period: { label: "2024", from: "2024-01-01", to: "2025-01-01" }
    category: "data-science-analytics"
    technology: "ai"
  ) {
    bucket {
      name
    }
    posts
    share
  }
}
`,
  },
  {
    query: `# Year-over-year growth of AI posts, technical vs non-technical categories (the study's
# +268% in non-technical work). The periods are in the Variables pane below.
query Growth($from: PeriodInput!, $to: PeriodInput!) {
  growth(technology: "ai", by: CATEGORY_GROUP, from: $from, to: $to) {
    key
    label
    fromCount
    toCount
    growth
  }
}
`,
    variables: vars({
      from: { label: "2022", from: "2022-01-01", to: "2023-01-01" },
      to: { label: "2023", from: "2023-01-01", to: "2024-01-01" },
    }),
  },
  {
    query: `# AI posts per month: posts, all posts of the month (total) and their share. Empty months
# are zeros. Try granularity QUARTER or YEAR, or add by: CATEGORY_GROUP.
query Trend($from: Date!, $to: Date!) {
  trend(technology: "ai", granularity: MONTH, from: $from, to: $to) {
    period
    posts
    total
    share
  }
}
`,
    variables: vars({ from: "2022-01-01", to: "2024-01-01" }),
  },
  {
    query: `# Any measures by any dimensions: AI posts per year by client country, with their share
# of the year and the share above $1,000, top 10 rows by count. See docs/analytics.md.
query Analytics($query: AnalyticsQuery!) {
  analytics(query: $query) {
    totalRows
    rows {
      period {
        label
      }
      keys {
        dimension
        label
      }
      measures {
        measure
        value
      }
    }
  }
}
`,
    variables: vars({
      query: {
        technology: "ai",
        measures: ["POST_COUNT", "SHARE_OF_TOTAL", "HIGH_VALUE_SHARE"],
        dimensions: ["COUNTRY"],
        time: { granularity: "YEAR", from: "2023-01-01", to: "2025-01-01" },
        order: [{ by: "POST_COUNT", direction: "DESC" }],
        limit: 10,
      },
    }),
  },
  {
    query: `# Editing the skill dictionary: first preview what a move would do to every bucket
# (nothing is written; anyone who may read can preview). Run "PreviewMoveSkill".
query PreviewMoveSkill($skillId: ID!, $bucketId: ID!) {
  taxonomyVersion
  previewTaxonomyChange(change: { moveSkill: { skillId: $skillId, bucketId: $bucketId } }) {
    bucket {
      id
      name
    }
    before
    after
    delta
  }
}

# Then make the edit: needs an editor key under Headers, and expectedVersion set to the
# taxonomyVersion the preview printed (CONFLICT if someone edited since). Run "MoveSkill".
mutation MoveSkill($skillId: ID!, $bucketId: ID!, $expectedVersion: Int!) {
  moveSkill(skillId: $skillId, bucketId: $bucketId, expectedVersion: $expectedVersion) {
    version
    skill {
      id
      bucket {
        name
      }
    }
  }
}
`,
    variables: vars({ skillId: "sentiment-analysis", bucketId: "machine-learning", expectedVersion: 1 }),
  },
  {
    query: `# How many RPA posts of 2022-23 are truly RPA? The labels' count (observed) corrected for
# the model's measured error rates, with a 95% interval; hand labels count as exact. Every study
# question has the same as <field>Estimate (e.g. categoryShare { shareEstimate { value low high } }).
# See docs/classifier.md, "Estimates corrected for classifier error".
query Estimate($filter: PostFilter) {
  estimate(technology: "rpa", filter: $filter) {
    observed
    estimated
    low
    high
    handLabeled
    modelLabeled
    method
    modelIds
  }
}
`,
    variables: vars({ filter: { from: "2022-01-01", to: "2024-01-01" } }),
  },
  // More examples are one entry each here: test/server/playground-examples.test.ts checks and
  // runs every entry.
];

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** URL path under /playground/ -> file on disk. Only these files are served. */
function assetFiles(): Map<string, string> {
  const graphiql = packageDir("graphiql");
  const react = packageDir("react");
  const reactDom = packageDir("react-dom");
  return new Map([
    ["graphiql.min.js", path.join(graphiql, "graphiql.min.js")],
    ["graphiql.min.css", path.join(graphiql, "graphiql.min.css")],
    ["react.production.min.js", path.join(react, "umd", "react.production.min.js")],
    ["react-dom.production.min.js", path.join(reactDom, "umd", "react-dom.production.min.js")],
    ["playground.js", path.join(here, "playground", "playground.js")],
    ["playground.css", path.join(here, "playground", "playground.css")],
  ]);
}

/**
 * The page may load scripts, styles and data only from this server; GraphiQL and React set
 * inline styles, hence 'unsafe-inline' for styles (never for scripts).
 */
const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

function playgroundHtml(endpoint = "/graphql", tabs: PlaygroundTab[] = PLAYGROUND_EXAMPLES): string {
  const template = fs.readFileSync(path.join(here, "playground", "index.html"), "utf8");
  // Escape "<" so that no example text can close the <script> element early.
  const config = JSON.stringify({ endpoint, tabs }).replace(/</g, "\\u003c");
  return template.replace("__FRONTIER_CONFIG__", () => config);
}

/** True for a browser navigation (Accept prefers HTML over JSON), as opposed to an API call. */
export function prefersHtml(req: express.Request): boolean {
  return (
    req.method === "GET" &&
    req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html"
  );
}

/** Static assets of the playground under /playground/; fails at start-up if one is missing. */
export function playgroundAssets(): express.Router {
  const files = assetFiles();
  for (const [name, file] of files) {
    if (!fs.existsSync(file)) throw new Error(`Playground asset ${name} not found at ${file}`);
  }
  const router = express.Router();
  router.get("/playground/:file", (req, res, next) => {
    const file = files.get(req.params.file);
    if (!file) {
      next();
      return;
    }
    res.sendFile(file, { maxAge: "1h" });
  });
  return router;
}

/** Sends the playground page. */
export function sendPlayground(res: express.Response, endpoint = "/graphql"): void {
  res.setHeader("Content-Security-Policy", PLAYGROUND_CSP);
  res.type("html").send(playgroundHtml(endpoint));
}
