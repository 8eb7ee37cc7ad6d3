// Headless Debian Chromium for browser tests (skipped with a message when it is not installed).
import fs from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = fs.existsSync(CHROMIUM);

export function warnIfNoChromium(what: string): void {
  if (!hasChromium) console.warn(`Skipping ${what}: ${CHROMIUM} is missing (apt-get install -y chromium).`);
}

/** Chromium with the flags that keep it off the network (this machine has none). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A new page that records every request it makes and every error it reports. */
export async function watchedPage(
  browser: Browser,
): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (req) => requests.push(req.url()));
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  return { page, requests, problems };
}
