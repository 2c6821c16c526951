/**
 * Finding controls as a person reads the screen: by role and visible name (the accessible name:
 * aria-label, aria-labelledby, the label of a field, or the text). The element found is marked and
 * then clicked or typed into through the driver, like any real click, in Chromium and Firefox alike.
 */
import { waitFor } from './process.ts';
import type { TestPage } from './types.ts';

export type Role =
  | 'button'
  | 'link'
  | 'checkbox'
  | 'radio'
  | 'textbox'
  | 'dialog'
  | 'alert'
  | 'status'
  | 'img'
  | 'region'
  | 'complementary'
  | 'toolbar'
  | 'list'
  | 'listitem';

/** In the page: marks the first visible element with this role and name; answers its selector. */
function mark({ role, name, within, contains }: { role: Role; name: string; within?: string; contains?: boolean }): string | undefined {
  const implicit: Record<string, string> = {
    button: 'button, input[type="button"], input[type="submit"]',
    link: 'a[href]',
    checkbox: 'input[type="checkbox"]',
    radio: 'input[type="radio"]',
    textbox: 'input[type="text"], input[type="search"], input:not([type]), textarea',
    dialog: 'dialog',
    img: 'img',
    complementary: 'aside',
    list: 'ul, ol',
    listitem: 'li',
    region: 'section[aria-label], section[aria-labelledby]',
  };
  const text = (element: Element | null) => (element as HTMLElement | null)?.innerText?.replace(/\s+/g, ' ').trim() ?? '';
  const nameOf = (element: HTMLElement): string => {
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const by = element.getAttribute('aria-labelledby');
    if (by)
      return by
        .split(/\s+/)
        .map((id) => text(document.getElementById(id)))
        .join(' ')
        .trim();
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      const field = element.labels?.[0];
      if (field)
        return [...field.childNodes]
          .filter((node) => node !== element)
          .map((node) => (node.nodeType === 3 ? node.textContent : text(node as Element)))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
      return element.value || element.placeholder || '';
    }
    if (element instanceof HTMLImageElement) return element.alt;
    return text(element);
  };
  const scope = within ? document.querySelector(within) : document;
  const selector = `${implicit[role] ?? '_none_'}, [role="${role}"]`;
  const found = [...(scope?.querySelectorAll<HTMLElement>(selector) ?? [])].find((element) => {
    const visible = element.checkVisibility ? element.checkVisibility() : element.offsetParent !== null;
    return (
      visible &&
      (contains ? nameOf(element).includes(name) : nameOf(element) === name) &&
      !(element.getAttribute('role') && element.getAttribute('role') !== role)
    );
  });
  if (!found) return undefined;
  const pick = `e2e-${Math.random().toString(36).slice(2)}`;
  found.dataset.e2ePick = pick;
  return `[data-e2e-pick="${pick}"]`;
}

export interface RoleOptions {
  /** A CSS selector of the part of the page to look in. */
  within?: string;
  /** Match a name that contains `name` (a folder's button also says "(folder)"). */
  contains?: boolean;
  timeoutMs?: number;
}

/** Waits for a visible element with `role` and `name`; answers a selector for it. */
export function findRole(page: TestPage, role: Role, name: string, options: RoleOptions = {}): Promise<string> {
  const { timeoutMs = 15_000, ...where } = options;
  return waitFor(`a ${role} named "${name}"${where.within ? ` in ${where.within}` : ''}`, () => page.evaluate(mark, { role, name, ...where }), timeoutMs);
}

/** Whether a visible element with `role` and `name` is there now (no waiting): to tell that a dialog has closed. */
export async function isShown(page: TestPage, role: Role, name: string, options: Omit<RoleOptions, 'timeoutMs'> = {}): Promise<boolean> {
  return (await page.evaluate(mark, { role, name, ...options })) !== undefined;
}

export async function clickRole(page: TestPage, role: Role, name: string, options: RoleOptions = {}): Promise<void> {
  await page.click(await findRole(page, role, name, options));
}

/** Replaces the text of the field labelled `label` by typing `value`, as a person would. */
export async function typeInto(page: TestPage, label: string, value: string, options: RoleOptions = {}): Promise<void> {
  const selector = await findRole(page, 'textbox', label, options);
  await page.evaluate((css) => {
    const field = document.querySelector(css) as HTMLInputElement;
    field.focus();
    field.select();
    document.execCommand('delete');
  }, selector);
  await page.fill(selector, value);
}

/** Whether a button named `name` is shown and disabled. */
export async function isDisabled(page: TestPage, name: string, options: RoleOptions = {}): Promise<boolean> {
  const selector = await findRole(page, 'button', name, options);
  return page.evaluate((css) => (document.querySelector(css) as HTMLButtonElement).disabled, selector);
}
