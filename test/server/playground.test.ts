// The playground in headless Chromium: the page loads everything from this server only, and a
// query typed into GraphiQL runs and shows its result.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, warnIfNoChromium, watchedPage } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startTestServer, type TestServer } from "../helpers/http";

warnIfNoChromium("the playground browser test");

describe.skipIf(!hasChromium)("the playground in a browser", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer(freshDb());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
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
});
