/**
 * The viewer and the info panel as a person uses them, in real Chromium and Firefox against the
 * devstack: select a picture in the popup (its thumbnail shows), Open it, step with Next, Previous
 * and the arrow keys through text, JSON, HTML (shown as source, never run), a long log (cut, and
 * it says so), a sound and a PDF (from a link pinned to application/pdf); change a file's type
 * and metadata (the bytes stay the same); download and share from the viewer (byte for byte).
 * Screenshots go to test-artifacts/; axe finds no serious violation.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAxe, seriousViolations } from './harness/axe.ts';
import { clickRole, findRole, isDisabled, typeInto } from './harness/by-role.ts';
import { accountLine, call, newUser, signInThroughPopup, useDevstack } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { ACTIVE_HTML, longLog, png, wav } from './fixtures/sample-files.ts';

const stack = inject('devstack');
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const FOLDER = 'look';
const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

/** In name order, as the viewer steps through them. */
const FILES: Array<{ name: string; body: Buffer; type: string }> = [
  { name: 'a-notes.md', body: Buffer.from('# Notes\n\n- first\n- second\n'), type: 'text/markdown' },
  { name: 'b-data.json', body: Buffer.from('{"a":1,"b":[1,2]}'), type: 'application/json' },
  { name: 'c-photo.png', body: png(), type: 'image/png' },
  { name: 'd-page.html', body: Buffer.from(ACTIVE_HTML), type: 'text/html' },
  { name: 'e-big.log', body: longLog(300 * 1024), type: 'text/plain' },
  { name: 'f-tone.wav', body: wav(), type: 'audio/wav' },
  {
    name: 'g-doc.pdf',
    body: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
    type: 'application/pdf',
  },
];

const admin = () => new S3Client({ region: stack.region, endpoint: stack.s3.endpoint, forcePathStyle: true, credentials: stack.s3Admin });
/** The text a file's preview shows (a region named for the file), once it contains `expected`. */
const previewText = (page: TestPage, name: string, expected: string) =>
  waitFor(`the text of ${name}`, async () => {
    const text = await page.find({ role: 'region', name: `Contents of ${name}` }).evaluate((region) => region.innerText);
    return text.includes(expected) ? text.trim() : undefined;
  });
const waitInPage = <A>(page: TestPage, what: string, predicate: (arg: A) => unknown, arg: A, timeoutMs = 20_000) =>
  waitFor(what, async () => ((await page.evaluate(predicate, arg)) ? true : undefined), timeoutMs);

describe.each(BROWSERS)('the viewer in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let viewer: TestPage;
  let folder: string;

  beforeAll(async () => {
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack);
    await accountLine(popup, 'Guest', 30_000);
    await signInThroughPopup(session, popup, stack, newUser(`viewer-${kind}`));
    await accountLine(popup, 'Signed in as', 30_000);
    const status = await call<{ identityId: string }>(popup, 'auth.status');
    if (!status.ok) throw new Error(status.error.message);
    folder = `private/${status.value.identityId}/${FOLDER}/`;
    const client = admin();
    for (const file of FILES)
      await client.send(
        new PutObjectCommand({
          Bucket: stack.bucket,
          Key: folder + file.name,
          Body: file.body,
          ContentType: file.type,
          ...(file.name.endsWith('.md') ? { Metadata: { owner: 'ann' } } : {}),
        }),
      );
    client.destroy();
  }, 120_000);
  afterAll(() => session?.close());

  it('shows a thumbnail of the picture in the list and opens it in the viewer', async () => {
    await clickRole(popup, 'button', 'Refresh the list');
    await clickRole(popup, 'button', `${FOLDER} (folder)`, { contains: true });
    await clickRole(popup, 'checkbox', 'Select c-photo.png');
    await waitInPage(
      popup,
      'the thumbnail to load',
      (key) => {
        const image = document.querySelector(`[data-key="${key}"] img.thumb`) as HTMLImageElement | null;
        return image?.complete && image.naturalWidth === 16;
      },
      `${folder}c-photo.png`,
    );
    await clickRole(popup, 'button', 'Open', { within: '[role="toolbar"][aria-label="Selected items"]' });
    viewer = await session.waitForPage((url) => url.includes('/viewer/index.html'));
    await waitInPage(
      viewer,
      'the picture',
      () => {
        const image = document.querySelector('img[alt="c-photo.png"]') as HTMLImageElement | null;
        return image?.complete && image.naturalWidth === 16;
      },
      undefined,
    );
    expect(await viewer.text('[role="status"].position')).toBe('3 of 7');
  });

  it("shows the file's info: size, type, ETag and metadata as S3 has them", async () => {
    const info = await viewer.waitForText('aside', 'ETag');
    expect(info).toContain(`${FILES[2]!.body.length} bytes`);
    expect(info).toContain('image/png');
    expect(info).toContain(md5(FILES[2]!.body));
    expect(info).toContain('Standard');
    await mkdir(ARTIFACTS, { recursive: true });
    await viewer.screenshot(join(ARTIFACTS, `viewer-${kind}-image.png`));
    const violations = seriousViolations(await runAxe(viewer));
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('shows HTML as its source and never runs it', async () => {
    await clickRole(viewer, 'button', 'Next →');
    const source = await previewText(viewer, 'd-page.html', '<script>');
    expect(source).toBe(ACTIVE_HTML);
    await viewer.find({ text: 'Shown as source text: Tote never runs HTML, SVG or scripts from your files.' }).box();
    const page = await viewer.evaluate(
      () => ({ title: document.title, ran: document.getElementById('ran') !== null, frames: document.querySelectorAll('iframe').length }),
      undefined,
    );
    expect(page).toEqual({ title: 'd-page.html — Tote', ran: false, frames: 0 });
  });

  it('shows the start of a long log and says it was cut', async () => {
    await clickRole(viewer, 'button', 'Next →');
    expect(await viewer.find({ text: 'Showing the first' }).evaluate((note) => note.textContent)).toBe(
      'Showing the first 256 KiB of 300 KiB. Download the file to see all of it.',
    );
    const shown = await previewText(viewer, 'e-big.log', '000001');
    expect(shown.startsWith('000001 all is well')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(256 * 1024);
  });

  it('steps on with the arrow key to a sound that plays from its link', async () => {
    await findRole(viewer, 'button', 'Next →');
    await viewer.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), undefined);
    await viewer.press('ArrowRight');
    await waitInPage(
      viewer,
      'the sound to load',
      () => {
        const audio = document.querySelector('audio[aria-label="f-tone.wav"]') as HTMLAudioElement | null;
        return audio && audio.readyState >= 1 && Math.abs(audio.duration - 0.1) < 0.01;
      },
      undefined,
    );
    expect(await viewer.text('[role="status"].position')).toBe('6 of 7');
  });

  it('shows a PDF in a frame from a link that serves it as a PDF, never as a page', async () => {
    await clickRole(viewer, 'button', 'Next →');
    const src = await waitFor('the PDF frame', () =>
      viewer.evaluate(() => (document.querySelector('iframe[title="g-doc.pdf"]') as HTMLIFrameElement | null)?.src, undefined),
    );
    expect(new URL(src).searchParams.get('response-content-type')).toBe('application/pdf');
    const response = await fetch(src);
    expect([response.headers.get('content-type'), md5(new Uint8Array(await response.arrayBuffer()))]).toEqual(['application/pdf', md5(FILES[6]!.body)]);
    expect(await isDisabled(viewer, 'Next →')).toBe(true);
    await clickRole(viewer, 'button', '← Previous');
  });

  it('steps back to JSON (indented) and Markdown (as text)', async () => {
    for (let step = 0; step < 4; step++) await clickRole(viewer, 'button', '← Previous');
    expect(await previewText(viewer, 'b-data.json', '"a"')).toBe('{\n  "a": 1,\n  "b": [\n    1,\n    2\n  ]\n}');
    await clickRole(viewer, 'button', '← Previous');
    expect(await previewText(viewer, 'a-notes.md', '# Notes')).toBe(FILES[0]!.body.toString().trim());
    expect(await viewer.waitForText('aside', 'owner')).toContain('owner: ann');
  });

  it('changes the type and metadata in place; the bytes stay the same', async () => {
    await clickRole(viewer, 'button', 'Edit type and metadata');
    await typeInto(viewer, 'Metadata', 'bad name: x');
    await clickRole(viewer, 'button', 'Save');
    expect(await viewer.text('aside [role="alert"]')).toContain('Line 1: a name is');
    await typeInto(viewer, 'Content type', 'text/markdown; charset=utf-8');
    // Only the keys the bucket's CORS exposes by name (src/s3/user-metadata.ts) can be read back.
    await typeInto(viewer, 'Metadata', 'title: Notes\ntags: tote');
    await clickRole(viewer, 'button', 'Save');
    const info = await viewer.waitForText('aside', 'tags: tote').catch(async (error: Error) => {
      throw new Error(`${error.message}; the panel says: ${await viewer.text('aside')}`);
    });
    expect(info).toContain('text/markdown; charset=utf-8');
    // Read back as the user: on RGW the object now belongs to whoever copied it, and the bucket
    // owner may no longer read it (no BucketOwnerEnforced there).
    const head = await call<{ contentType: string; metadata: Record<string, string> }>(viewer, 's3.head', { key: `${folder}a-notes.md` });
    expect(head.ok && { type: head.value.contentType, metadata: head.value.metadata }).toEqual({
      type: 'text/markdown; charset=utf-8',
      metadata: { title: 'Notes', tags: 'tote' },
    });
    const link = await call<{ url: string }>(viewer, 's3.presign', { key: `${folder}a-notes.md`, expiresInSeconds: 60, download: true });
    if (!link.ok) throw new Error(link.error.message);
    expect(md5(new Uint8Array(await (await fetch(link.value.url)).arrayBuffer()))).toBe(md5(FILES[0]!.body));
    await viewer.screenshot(join(ARTIFACTS, `viewer-${kind}-text.png`));
  });

  it('downloads and shares from the viewer, byte for byte', async () => {
    await clickRole(viewer, 'button', 'Download');
    const saved = await waitFor(
      'the download',
      async () => {
        const bytes = await readFile(join(session.downloadDir, 'a-notes.md')).catch(() => undefined);
        return bytes?.length === FILES[0]!.body.length ? bytes : undefined;
      },
      30_000,
    );
    expect(md5(saved)).toBe(md5(FILES[0]!.body));
    await clickRole(viewer, 'button', 'Share');
    await viewer.waitForText('[role="dialog"], dialog', 'until');
    const url = await viewer.evaluate(() => (document.querySelector('input[aria-label="Share link"]') as HTMLInputElement).value, undefined);
    expect(md5(new Uint8Array(await (await fetch(url)).arrayBuffer()))).toBe(md5(FILES[0]!.body));
    await clickRole(viewer, 'button', 'Close');
  });
});
