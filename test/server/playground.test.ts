// The playground in headless Chromium: the page loads everything from this server only, and a
// query typed into GraphiQL runs and shows its result.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, warnIfNoChromium, watchedPage } from "../helpers/browser";
import { startTestServer, type TestServer } from "../helpers/http";
import { testRuntime, type TestRuntime } from "../helpers/runtime";

warnIfNoChromium("the playground browser test");

describe.skipIf(!hasChromium)("the playground in a browser", () => {
  let rt: TestRuntime;
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    rt = testRuntime();
    server = await startTestServer(rt.db, { services: rt.services, jobs: false });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rt?.db.$client.close();
  });

  it("opens GraphiQL with example tabs, requests nothing from another host, and runs a typed query", async () => {
    const { page, requests, problems } = await watchedPage(browser);

    await page.goto(`${server.url}/graphql`);
    const editor = page.locator(".graphiql-query-editor .CodeMirror");
    await editor.waitFor({ state: "visible", timeout: 30_000 });

    // The example queries are open as tabs.
    const tabs = await page.locator(".graphiql-tab").allTextContents();
    expect(tabs.join(" | ")).toMatch(/Categories/);
    expect(tabs.join(" | ")).toMatch(/Posts/);
    expect(tabs.join(" | ")).toMatch(/Technologies/);

    // Replace the current tab's text by typing, then run it.
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type("{ __typename");
    await page.keyboard.press("Escape"); // close the autocomplete list, if any
    // Runs in the page; `globalThis.document` because the tests compile without the DOM types.
    const text = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document;
      const cm = doc.querySelector(".graphiql-query-editor .CodeMirror") as {
        CodeMirror: { getValue(): string };
      };
      return cm.CodeMirror.getValue();
    });
    expect(text.replace(/\s+/g, "")).toBe("{__typename}"); // CodeMirror closed the brace itself
    await page.locator(".graphiql-execute-button").click();

    const result = page.locator(".result-window");
    await expect.poll(async () => result.textContent(), { timeout: 30_000 }).toContain("__typename");
    expect(await result.textContent()).toMatch(/"data":\s*\{\s*"__typename":\s*"Query"\s*\}/);

    const origin = new URL(server.url).origin;
    const foreign = requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
    expect(foreign, "requests to other hosts").toEqual([]);
    expect(requests.some((url) => url.endsWith("/playground/graphiql.min.js"))).toBe(true);
    expect(requests.filter((url) => url.endsWith("/graphql")).length).toBeGreaterThanOrEqual(2); // schema + query
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("opens the Variables pane for an example with variables, and copies a CSV URL of the tab that /export.csv answers", async () => {
    const { page, requests, problems } = await watchedPage(browser);
    const origin = new URL(server.url).origin;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.goto(`${server.url}/graphql`);
    await page.locator(".graphiql-query-editor .CodeMirror").waitFor({ state: "visible", timeout: 30_000 });

    // The first example has no variables: the Headers pane is the one shown.
    const variablesButton = page.locator('.graphiql-editor-tools button[data-name="variables"]');
    const headersButton = page.locator('.graphiql-editor-tools button[data-name="headers"]');
    await expect.poll(() => headersButton.getAttribute("class")).toMatch(/active/u);
    expect(await variablesButton.getAttribute("class")).not.toMatch(/active/u);

    // The Trend example has variables: switching to it shows them.
    await page.locator(".graphiql-tab", { hasText: "Trend" }).click();
    await expect.poll(() => variablesButton.getAttribute("class")).toMatch(/active/u);
    await expect
      .poll(() => page.locator(".graphiql-editor-tool .CodeMirror").first().textContent())
      .toContain("2022-01-01");
    // And back to a tab without variables: the Headers pane again.
    await page.locator(".graphiql-tab", { hasText: "Categories" }).click();
    await expect.poll(() => headersButton.getAttribute("class")).toMatch(/active/u);
    await page.locator(".graphiql-tab", { hasText: "Trend" }).click();
    await expect.poll(() => variablesButton.getAttribute("class")).toMatch(/active/u);

    await page.getByRole("button", { name: "Copy as CSV URL" }).click();
    await expect.poll(() => page.locator("#frontier-status").textContent()).toContain("Copied");
    const copied = await page.evaluate(() =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText(),
    );
    expect(await page.locator("#frontier-csv-url").inputValue()).toBe(copied);
    const url = new URL(copied);
    expect(url.origin + url.pathname).toBe(`${origin}/export.csv`);
    expect(url.searchParams.get("query")).toMatch(/^query Trend\(\$from:Date!\$to:Date!\)\{trend\(/u);
    expect(JSON.parse(url.searchParams.get("variables") ?? "null")).toEqual({
      from: "2022-01-01",
      to: "2024-01-01",
    });

    const csv = await fetch(copied);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const rows = (await csv.text()).trim().split("\r\n");
    expect(rows[0]).toBe("period_label,posts,total,share");
    expect(rows).toHaveLength(1 + 24); // a row per month of 2022-2023, zeros included

    expect(requests.filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("says that a pasted key is kept in localStorage, and forgets it on request", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.url}/graphql`);
    await page.locator(".graphiql-query-editor .CodeMirror").waitFor({ state: "visible", timeout: 30_000 });
    await expect(page.locator("#frontier-key-note").textContent()).resolves.toMatch(
      /kept in this browser's localStorage/u,
    );

    type Doc = {
      querySelectorAll(
        s: string,
      ): ArrayLike<{ CodeMirror: { setValue(v: string): void; getValue(): string } }>;
    };
    const headersEditor = (value: string | null) =>
      page.evaluate((v) => {
        const doc = (globalThis as unknown as { document: Doc }).document;
        const editors = doc.querySelectorAll(".graphiql-editor-tool .CodeMirror");
        const cm = editors[editors.length - 1]!.CodeMirror; // variables first, then headers
        if (v !== null) cm.setValue(v);
        return cm.getValue();
      }, value);
    const stored = () =>
      page.evaluate(() => {
        const storage = (
          globalThis as unknown as {
            localStorage: {
              length: number;
              key(i: number): string | null;
              getItem(k: string): string | null;
            };
          }
        ).localStorage;
        const all: string[] = [];
        for (let i = 0; i < storage.length; i++)
          all.push(`${storage.key(i)}=${storage.getItem(storage.key(i) ?? "")}`);
        return all.join("\n");
      });

    await headersEditor('{ "Authorization": "Bearer fk_not_a_real_key" }');
    await expect.poll(stored, { timeout: 10_000 }).toContain("fk_not_a_real_key");

    await page.getByRole("button", { name: "Forget saved key" }).click();
    await page.waitForLoadState("load");
    await page.locator(".graphiql-query-editor .CodeMirror").waitFor({ state: "visible", timeout: 30_000 });
    await expect.poll(() => page.locator("#frontier-status").textContent()).toContain("forgotten");
    expect(await stored()).not.toContain("fk_not_a_real_key");
    expect(await headersEditor(null)).not.toContain("fk_not_a_real_key");
    expect(await stored()).toContain("graphiql:tabState"); // the tabs themselves are kept
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
