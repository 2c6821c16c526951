/**
 * The file list as a person, or a screen reader, finds it: the list named after the place shown
 * ("Your files" for the user's own folder, "Public files", a location's label), its rows the
 * files and folders. Found afresh each time: another place or identity draws a new list.
 */
import { waitFor } from './process.ts';
import type { Found, TestPage } from './types.ts';

export const OWN_FILES = 'Your files';

export function fileList(page: TestPage, name = OWN_FILES): Found {
  return page.find({ role: 'list', name });
}

/** Waits until the list named `name` shows `text` (a file's name, its size); answers all the list says. */
export function listSays(page: TestPage, text: string, { name = OWN_FILES, timeoutMs = 15_000 }: { name?: string; timeoutMs?: number } = {}): Promise<string> {
  return waitFor(
    `the list "${name}" to show "${text}"`,
    async () => {
      const said = await fileList(page, name).evaluate((list) => list.innerText);
      return said.includes(text) ? said : undefined;
    },
    timeoutMs,
  );
}
