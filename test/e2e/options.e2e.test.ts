/**
 * The options page as a person uses it: fill the connection form field by field, see a bad value
 * refused inline with nothing saved, fix it, Save, Test connection and watch every step pass;
 * then three misconfigurations each caught at the step that names them. A screenshot of the page
 * goes to test-artifacts/, and axe finds no serious or critical violation on it.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAxe, seriousViolations } from './harness/axe.ts';
import { call } from './harness/identity.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { waitFor } from './harness/process.ts';
import {
  configureThroughOptionsForm,
  connectionShows,
  fieldDescription,
  fillOptionsForm,
  formReady,
  message,
  runTestConnection,
  saveOptionsForm,
  testSummary,
  type StepView,
  typeInto,
} from './harness/options-form.ts';
import type { ExtensionSession, TestPage } from './harness/types.ts';

const stack = inject('devstack');
const artifacts = join(import.meta.dirname, '..', '..', 'test-artifacts');
const statuses = (steps: StepView[]) => Object.fromEntries(steps.map((step) => [step.id, step.status]));

describe.each(BROWSERS)('the options page in %s', (kind) => {
  let session: ExtensionSession;
  let options: TestPage;

  beforeAll(async () => {
    session = await launch(kind);
    options = await session.openExtensionPage('options/index.html');
  });
  afterAll(() => session?.close());

  it('refuses a malformed pool id inline and saves nothing, then saves the fixed form and passes Test connection', async () => {
    await fillOptionsForm(options, { ...stack.settings, identityPoolId: 'us-east-1-not-a-pool' });
    expect(await fieldDescription(options, 'Identity pool id', 'must look like')).toContain('us-east-1:00000000');
    expect(await options.evaluate(() => document.getElementById('field-identityPoolId')?.getAttribute('aria-invalid'), undefined)).toBe('true');
    await options.find({ role: 'button', name: 'Save' }).click();
    expect(await message(options, 'alert', 'Nothing was saved')).toContain('One field needs fixing');
    // Focus goes to the field to fix.
    await fieldDescription(options, 'Identity pool id', 'must look like');
    expect(await options.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(document.activeElement?.id))), undefined)).toBe(
      'field-identityPoolId',
    );
    // The development build still runs on its defaults: nothing was stored.
    const before = await call<{ defaults: boolean }>(options, 'settings.get');
    expect(before.ok && before.value.defaults).toBe(true);

    await typeInto(options, 'identityPoolId', stack.settings.identityPoolId);
    expect(await options.evaluate(() => document.getElementById('field-identityPoolId')?.getAttribute('aria-invalid'), undefined)).toBe('false');
    await saveOptionsForm(options);
    const saved = await call<{ settings: unknown; defaults: boolean }>(options, 'settings.get');
    expect(saved.ok && saved.value).toEqual({ settings: { ...stack.settings, provider: { ...stack.settings.provider } }, defaults: false });

    const steps = await runTestConnection(options);
    expect(statuses(steps)).toEqual({ idp: 'ok', getId: 'ok', guestCredentials: 'ok', loginKey: 'ok', bucket: 'ok', cors: 'ok' });
    expect(await testSummary(options)).toBe('Test passed: 6 checks passed.');

    await mkdir(artifacts, { recursive: true });
    const shot = join(artifacts, `options-${kind}.png`);
    await options.screenshot(shot);
    console.log(`options page screenshot: ${shot}`);
  });

  it('shows the redirect URLs of both browsers, saying which is this one', async () => {
    for (const url of [stack.idp.redirectUris.chrome, stack.idp.redirectUris.firefox]) {
      expect(await options.find({ text: url }).evaluate((shown) => shown.textContent)).toBe(url);
    }
    expect(await options.text('#redirect-heading + p + dl')).toContain(kind === 'chromium' ? 'Chrome (this browser)' : 'Firefox (this browser)');
  });

  it('says next to a web page origin that plain http is refused (except loopback), and saves nothing until it is https', async () => {
    await formReady(options);
    await options.find({ role: 'button', name: 'Add an origin' }).click();
    await typeInto(options, 'contentScopes.0.prefix', 'public/inbox/');
    await typeInto(options, 'contentScopes.0.origin', 'http://notes.example.com');
    expect(await fieldDescription(options, 'Origin', 'https')).toBe(
      'This must start with https:// (plain http is allowed only for 127.0.0.1, [::1] and localhost, for development).',
    );
    await options.find({ role: 'button', name: 'Save' }).click();
    await message(options, 'alert', 'Nothing was saved');
    const unchanged = await call<{ settings: { contentScopes?: unknown } }>(options, 'settings.get');
    expect(unchanged.ok && unchanged.value.settings.contentScopes).toBeUndefined();
    await typeInto(options, 'contentScopes.0.origin', 'https://notes.example.com');
    // An empty error line has no height, so it is read in the page rather than waited for as visible text.
    const originError = () => options.evaluate(() => document.getElementById('field-contentScopes-0-origin-error')?.textContent, undefined);
    await waitFor('the origin error to clear', async () => ((await originError()) === '' ? true : undefined), 5_000);
    await options.find({ role: 'button', name: 'Remove origin 1' }).click();
  });

  it('has no serious or critical accessibility violations (axe)', async () => {
    const report = await runAxe(options);
    expect(report.passed).toBeGreaterThan(10);
    expect(seriousViolations(report)).toEqual([]);
  });

  if (kind === 'chromium') {
    const misconfigurations = [
      {
        name: 'a wrong pool id',
        path: 'identityPoolId',
        value: 'us-east-1:00000000-1111-4222-8333-444444444444',
        failsAt: 'getId',
        title: 'Identity pool (GetId)',
      },
      { name: 'a wrong bucket', path: 'bucket', value: 'no-such-bucket-here', failsAt: 'bucket', title: 'Bucket access' },
      { name: 'a login key the pool does not know', path: 'identityPoolId', value: stack.identityPools.otherProvider, failsAt: 'loginKey', title: 'Login key' },
    ] as const;

    it.each(misconfigurations)('catches $name at the step that names it', async ({ path, value, failsAt, title }) => {
      await formReady(options);
      await typeInto(options, path, value);
      const steps = await runTestConnection(options);
      const failed = steps.filter((step) => step.status === 'failed');
      expect(failed.map((step) => step.id)).toEqual([failsAt]);
      expect(failed[0]?.text).toContain(`${title} Failed`);
      expect(failed[0]?.text).toContain('How to fix:');
      expect(await testSummary(options)).toBe(`Test failed at "${title}".`);
      await typeInto(options, path, (stack.settings as Record<string, unknown>)[path] as string);
    });
  }

  it('configures a sign-in-only deployment in a fresh page (the harness helper): guest and bucket checks wait for a sign-in', async () => {
    const settings = { ...stack.settings, identityPoolId: stack.identityPools.noGuests, allowGuests: false };
    const steps = await configureThroughOptionsForm(session, stack, settings);
    expect(statuses(steps)).toEqual({ idp: 'ok', getId: 'ok', guestCredentials: 'skipped', loginKey: 'ok', bucket: 'skipped', cors: 'ok' });
    expect(steps.find((step) => step.id === 'bucket')?.text).toContain('Sign in, then test again');
    const saved = await call<{ settings: { identityPoolId: string; allowGuests: boolean } }>(options, 'settings.get');
    expect(saved.ok && saved.value.settings).toMatchObject({ identityPoolId: stack.identityPools.noGuests, allowGuests: false });
  });

  it('starts the form again from an imported settings file', async () => {
    await options
      .find({ role: 'textbox', name: 'Or paste JSON' })
      .fill(JSON.stringify({ ...stack.settings, identityPoolId: stack.identityPools.otherProvider }));
    await options.find({ role: 'button', name: 'Import' }).click();
    await message(options, 'status', 'Settings saved');
    await connectionShows(options, stack.identityPools.otherProvider);
    const value = () => options.evaluate(() => (document.getElementById('field-identityPoolId') as HTMLInputElement).value, undefined);
    await waitFor('the form to show the imported pool', async () => ((await value()) === stack.identityPools.otherProvider ? true : undefined));
  });
});
