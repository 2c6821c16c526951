/**
 * Ctrl+V in the popup and the side panel uploads what was pasted, in both browsers: a copied
 * picture (which browsers hand over as `image.png`) named by the time of the paste, files keeping
 * their names; text pasted into the filter stays text. Drivers cannot fill the system clipboard,
 * so the page receives the paste event a Ctrl+V fires, carrying the clipboard's files.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accountLine, call } from './harness/identity.ts';
import { BROWSERS } from './harness/launch.ts';
import { signedIn } from './harness/signed-in.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { uploadsSay } from './harness/uploads.ts';
import { listSays } from './harness/file-list.ts';

const stack = inject('devstack');
/** A 1×1 PNG. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Fires the paste a Ctrl+V would, at the focused element (or the page), with these files on the clipboard. */
function paste(page: TestPage, files: Array<{ name: string; type: string; base64?: string; text?: string }>, at = 'body') {
  return page.evaluate(
    ({ list, selector }) => {
      const clipboard = new DataTransfer();
      for (const file of list) {
        const bytes = file.base64 ? Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)) : new TextEncoder().encode(file.text ?? '');
        clipboard.items.add(new File([bytes], file.name, { type: file.type }));
      }
      const target = document.querySelector(selector) as HTMLElement;
      const event = new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true });
      // Firefox copies only the strings of a constructed event's clipboard: hand over the files as a real Ctrl+V would.
      if ((event.clipboardData?.files.length ?? 0) !== clipboard.files.length) Object.defineProperty(event, 'clipboardData', { value: clipboard });
      return target.dispatchEvent(event);
    },
    { list: files, selector: at },
  );
}

const keysOf = async (page: TestPage) => {
  const reply = await call<Array<{ key: string; state: string }>>(page, 'transfers.list');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.map((t) => t.key.split('/').at(-1));
};

describe.each(BROWSERS)('pasting into Tote in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  beforeAll(async () => {
    ({ session, popup } = await signedIn(kind, stack, 'paste'));
  });
  afterAll(() => session?.close());

  it('uploads a pasted picture named by the time of the paste, and pasted files by their names', async () => {
    await paste(popup, [{ name: 'image.png', type: 'image/png', base64: PNG_BASE64 }]);
    const name = await uploadsSay(popup, '.png: uploaded', 30_000);
    expect(name).toMatch(/Pasted image \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.\d{2}\.png: uploaded/);
    await paste(popup, [{ name: `notes-${kind}.txt`, type: 'text/plain', text: 'pasted notes' }]);
    await popup.waitForText(`[data-name="notes-${kind}.txt"]`, 'uploaded', 30_000);
    expect(await listSays(popup, `notes-${kind}.txt`)).toContain('12 B');
  });

  it('leaves a paste of text in the filter alone', async () => {
    const before = await keysOf(popup);
    const notCancelled = await paste(popup, [], '[type="search"]');
    expect(notCancelled).toBe(true); // the field gets the text
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await keysOf(popup)).toEqual(before);
  });

  it('uploads what is pasted into the side panel', async () => {
    const panel = await session.openExtensionPage('panel/index.html');
    await accountLine(panel, 'Signed in as', 30_000);
    await paste(panel, [{ name: `panel-${kind}.txt`, type: 'text/plain', text: 'pasted in the panel' }]);
    await panel.waitForText(`[data-name="panel-${kind}.txt"]`, 'uploaded', 30_000);
    expect(await listSays(panel, `panel-${kind}.txt`)).toContain(`panel-${kind}.txt`);
  });
});
