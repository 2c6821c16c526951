/** The toolbar button's badge as the browser shows it, read back through the `action` API from an extension page. */
import type { TestPage } from './types.ts';

export interface ShownBadge {
  text: string;
  /** `[r, g, b, a]`. */
  color: number[];
}

export function readBadge(page: TestPage): Promise<ShownBadge> {
  return page.evaluate(async () => {
    type Action = { getBadgeText(details: object): Promise<string>; getBadgeBackgroundColor(details: object): Promise<number[]> };
    const scope = globalThis as unknown as { browser?: { action: Action }; chrome: { action: Action } };
    const action = (scope.browser ?? scope.chrome).action;
    return { text: await action.getBadgeText({}), color: [...(await action.getBadgeBackgroundColor({}))] };
  }, undefined);
}
