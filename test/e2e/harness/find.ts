/**
 * `TestPage.find` for both drivers: what a person looks for, by role and accessible name as the
 * browser's accessibility tree has them, or by visible text. Chromium: Playwright's `getByRole` /
 * `getByText` (strict: two matches are an error). Firefox: Puppeteer's `aria/` query, which over
 * WebDriver BiDi is the browser's own `browsingContext.locateNodes` accessibility locator, and
 * its `::-p-text` query.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';
import { waitFor } from './process.ts';
import type { Found, ScreenQuery } from './types.ts';

const TIMEOUT_MS = 10_000;
const describeQuery = (query: ScreenQuery) => ('role' in query ? `the ${query.role} "${query.name}"` : `the text "${query.text}"`);

export function findWithPlaywright(page: PlaywrightPage, query: ScreenQuery): Found {
  type Role = Parameters<PlaywrightPage['getByRole']>[0];
  const locator = 'role' in query ? page.getByRole(query.role as Role, { name: query.name, exact: true }) : page.getByText(query.text);
  return {
    count: () => locator.count(),
    click: () => locator.click({ timeout: TIMEOUT_MS }),
    fill: (value) => locator.fill(value, { timeout: TIMEOUT_MS }),
    select: async (label) => void (await locator.selectOption({ label }, { timeout: TIMEOUT_MS })),
    async box() {
      await locator.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
      const box = await locator.boundingBox();
      if (!box) throw new Error(`${describeQuery(query)} is not drawn`);
      return box;
    },
    evaluate: (fn) => locator.evaluate(fn as (element: Element) => never, undefined, { timeout: TIMEOUT_MS }),
  };
}

export function findWithPuppeteer(page: PuppeteerPage, query: ScreenQuery): Found {
  if ('role' in query && query.name.includes('"')) throw new Error(`find: a name with a straight quote cannot be queried in Firefox: ${query.name}`);
  const selector = 'role' in query ? `aria/[name="${query.name}"][role="${query.role}"]` : `::-p-text(${JSON.stringify(query.text)})`;
  /** The one match; visible too unless only `attached` (as Playwright's evaluate asks). */
  const one = (state: 'visible' | 'attached' = 'visible') =>
    waitFor(
      `${describeQuery(query)} to be there once (${state})`,
      async () => {
        const all = await page.$$(selector);
        if (all.length > 1) throw new Error(`${all.length} elements match ${describeQuery(query)}`);
        const [handle] = all;
        return handle && (state === 'attached' || (await handle.isVisible())) ? (handle as ElementHandle<HTMLElement>) : undefined;
      },
      TIMEOUT_MS,
    );
  return {
    count: async () => (await page.$$(selector)).length,
    click: async () => (await one()).click(),
    fill: async (value) => (await one()).type(value),
    async select(label) {
      const handle = await one();
      const value = await handle.evaluate((element, wanted) => {
        const option = [...(element as unknown as HTMLSelectElement).options].find((candidate) => candidate.text.trim() === wanted);
        return option?.value;
      }, label);
      if (value === undefined) throw new Error(`${describeQuery(query)} has no option "${label}"`);
      await handle.select(value);
    },
    async box() {
      const box = await (await one()).boundingBox();
      if (!box) throw new Error(`${describeQuery(query)} is not drawn`);
      return box;
    },
    evaluate: async (fn) => (await one('attached')).evaluate(fn as (element: HTMLElement) => never),
  };
}
