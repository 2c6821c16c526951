/**
 * The page bridge's consent cannot be spammed or clicked through (docs/security-consent.md), in
 * real browsers against the devstack: a page that asks without a click opens no window; a click
 * opens one where Deny has the focus and Allow waits a second; closing it unanswered makes the
 * site wait before it may ask again, even across a restarted background; and when settings grant
 * the site more than the user allowed, it is asked again, showing the new scope. Screenshots of
 * the window go to test-artifacts/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bridgeCall } from './harness/bridge-page.ts';
import { allowArmed, answerConsent, APP_PAGE, clickBridge, consentWindows, isConsentWindow, replyTo, scopeText, UNPROMPTED_PAGE } from './harness/consent.ts';
import { call, useDevstack } from './harness/identity.ts';
import { waitFor } from './harness/process.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';
import { startWebServer, type WebServer } from './harness/web-server.ts';

const stack = inject('devstack');
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
/** Guests may list public/, so no sign-in is needed to see a request served. */
const FOLDER = 'public/consent-e2e/';

describe.each(BROWSERS)('page bridge consent in %s', (kind) => {
  let session: ExtensionSession;
  let popup: TestPage;
  let web: WebServer;
  const scopes = (allow: string[], extra: object[] = []) => ({ contentScopes: [{ origin: web.origin, prefix: FOLDER, allow }, ...extra] });

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    web = await startWebServer({ '/app.html': APP_PAGE, '/pushy.html': UNPROMPTED_PAGE });
    session = await launch(kind);
    popup = await session.openExtensionPage('popup/index.html');
    await useDevstack(popup, stack, scopes(['list']));
  });
  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  it('opens no window for a request the page makes without a click, and says why', async () => {
    const page = await session.openWebPage(`${web.origin}/pushy.html`);
    expect(await replyTo(page, 'on-load')).toMatchObject({
      reply: { ok: false, error: { code: 'consent_denied', message: expect.stringContaining('only right after a click or key press') } },
    });
    expect(await consentWindows(popup)).toBe(0);
    await page.close();
  });

  it('opens no window for a tab in the background, even one whose page claims an activation', async () => {
    const behind = await session.openWebPage(`${web.origin}/app.html`);
    const front = await session.openWebPage(`${web.origin}/app.html`);
    // The driver's evaluate gives the page an activation (so the content script claims one), but its tab is not in front.
    expect(await bridgeCall(behind, { op: 'list' })).toMatchObject({
      reply: { ok: false, error: { code: 'consent_denied', message: expect.stringContaining("while the site's tab is the one in front") } },
    });
    expect(await consentWindows(popup)).toBe(0);
    await front.close();
    await behind.close();
  });

  it("opens the window on a click: origin and scope shown, Deny focused, Allow armed only after a second's focus; closing it backs off", async () => {
    const page = await session.openWebPage(`${web.origin}/app.html`);
    const asked = clickBridge(page, { op: 'list' });
    const prompt = await session.waitForPage(isConsentWindow);
    expect(await prompt.find({ text: web.origin }).evaluate((origin) => origin.textContent)).toBe(web.origin);
    const scope = await scopeText(prompt);
    expect(scope).toContain(FOLDER);
    expect(scope).toContain('see which files are there');
    expect(scope).not.toContain('open and download');
    expect(await prompt.evaluate(() => document.activeElement?.textContent, undefined)).toBe('Deny');

    // The window loses the focus, then gets it back: Allow is disabled, says why (its description,
    // as a screen reader reads it out), and re-arms a second later.
    const state = () =>
      prompt.find({ role: 'button', name: 'Allow' }).evaluate((allow) => ({
        disabled: (allow as HTMLButtonElement).disabled,
        hint: document.getElementById(allow.getAttribute('aria-describedby') ?? '')?.innerText,
      }));
    await prompt.evaluate(() => void window.dispatchEvent(new Event('blur')), undefined);
    expect(await state()).toEqual({ disabled: true, hint: expect.stringContaining('in front again') });
    await prompt.screenshot(join(ARTIFACTS, `consent-window-paused-${kind}.png`));
    const arming = await prompt.find({ role: 'button', name: 'Allow' }).evaluate(async (button) => {
      const allow = button as HTMLButtonElement;
      const hint = () => document.getElementById(allow.getAttribute('aria-describedby') ?? '')?.innerText;
      window.dispatchEvent(new Event('focus'));
      const since = performance.now();
      const waiting = { disabled: allow.disabled, hint: hint() };
      // A click on the disabled button does nothing.
      allow.click();
      while (allow.disabled && performance.now() - since < 10_000) await new Promise((resolve) => setTimeout(resolve, 10));
      return { waiting, armedAfterMs: performance.now() - since, armed: !allow.disabled, hintWhenArmed: hint() };
    });
    expect(arming).toMatchObject({ waiting: { disabled: true, hint: expect.stringContaining('in a moment') }, armed: true, hintWhenArmed: '' });
    expect(arming.armedAfterMs).toBeGreaterThanOrEqual(990);
    await prompt.screenshot(join(ARTIFACTS, `consent-window-${kind}.png`));

    // The user closes the window without answering.
    await prompt.close();
    expect(await asked).toMatchObject({
      reply: { ok: false, error: { code: 'consent_denied', message: expect.stringMatching(/without answering; it can ask again in \d+ seconds/) } },
    });
    // Right after, another click: no window, and the same answer with the wait left.
    expect(await clickBridge(page, { op: 'list' })).toMatchObject({
      reply: { ok: false, error: { code: 'consent_denied', message: expect.stringMatching(/can ask again in \d+ seconds/) } },
    });
    expect(await consentWindows(popup)).toBe(0);
    // Letting the background stop does not shake the wait off (it is stored, not held in memory).
    await session.stopBackground();
    expect(await clickBridge(page, { op: 'list' })).toMatchObject({
      reply: { ok: false, error: { code: 'consent_denied', message: expect.stringMatching(/can ask again in \d+ seconds/) } },
    });
    expect(await consentWindows(popup)).toBe(0);
    await page.close();
  });

  it('asks again when settings grant the site more than the user allowed; a narrower grant stays allowed', async () => {
    // The user lets the site ask again (Revoke in Tote's options also ends a wait).
    await call(popup, 'bridge.revoke', { origin: web.origin });
    await useDevstack(popup, stack, scopes(['list']));
    const page = await session.openWebPage(`${web.origin}/app.html`);
    const first = clickBridge(page, { op: 'list' });
    await answerConsent(session, web.origin, 'Allow');
    expect(await first).toMatchObject({ reply: { ok: true, value: { prefix: FOLDER } } });
    expect(await call(popup, 'bridge.consents', {})).toMatchObject({
      ok: true,
      value: [{ origin: web.origin, decision: 'allow', scope: [{ prefix: FOLDER, allow: ['list'] }] }],
    });

    // Settings now let the site also get there, and use another folder.
    await useDevstack(popup, stack, scopes(['list', 'get'], [{ origin: web.origin, prefix: 'public/', allow: ['list'] }]));
    const widened = clickBridge(page, { op: 'list' });
    const prompt = await session.waitForPage(isConsentWindow);
    const scope = await waitFor('the widened scope', async () =>
      (await scopeText(prompt)).includes('open and download files') ? scopeText(prompt) : undefined,
    );
    expect(scope).toContain(FOLDER);
    expect(scope).toContain('make share links');
    expect(scope).toMatch(/In public\/:/);
    await allowArmed(prompt);
    await prompt.screenshot(join(ARTIFACTS, `consent-window-widened-${kind}.png`));
    await answerConsent(session, web.origin, 'Allow');
    expect(await widened).toMatchObject({ reply: { ok: true, value: { prefix: FOLDER } } });

    // Back to less than was allowed: served at once, no window (the driver's call carries an activation, so it could ask).
    await useDevstack(popup, stack, scopes(['list']));
    expect(await bridgeCall(page, { op: 'list' })).toMatchObject({ reply: { ok: true, value: { prefix: FOLDER } } });
    expect(await consentWindows(popup)).toBe(0);
    await page.close();
  });
});
