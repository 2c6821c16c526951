/**
 * The options page's connection form, driven as a person would: clear a field and type, tick
 * boxes, pick the provider preset, Save, Test connection, read the checklist.
 */
import type { StackDescription } from '../../../devstack/description.ts';
import type { SettingsInput } from '../../../src/settings/schema.ts';
import { waitFor } from './process.ts';
import type { ExtensionSession, TestPage } from './types.ts';

export interface StepView {
  id: string;
  status: 'ok' | 'failed' | 'skipped';
  /** The step's whole line: title, status, message and fix. */
  text: string;
}

const field = (path: string) => `#field-${path.replace(/\./g, '-')}`;

/** Empties a text field (as select-all + delete would), then types `value` into it. */
export async function typeInto(page: TestPage, path: string, value: string): Promise<void> {
  const selector = field(path);
  await page.click(selector);
  await page.evaluate((css) => {
    const input = document.querySelector(css) as HTMLInputElement;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, selector);
  if (value !== '') await page.fill(selector, value);
}

async function setChecked(page: TestPage, selector: string, checked: boolean): Promise<void> {
  const now = await page.evaluate((css) => (document.querySelector(css) as HTMLInputElement | null)?.checked, selector);
  if (now !== checked) await page.click(selector);
}

/** Waits until the form has loaded the current settings. */
export async function formReady(page: TestPage): Promise<void> {
  await page.waitForText('[data-testid="connection-form"]', 'Region');
}

/** Fills every field of the form with `settings`, field by field. */
export async function fillOptionsForm(page: TestPage, settings: SettingsInput): Promise<void> {
  await formReady(page);
  await typeInto(page, 'region', settings.region);
  await typeInto(page, 'identityPoolId', settings.identityPoolId);
  await typeInto(page, 'cognitoEndpoint', settings.cognitoEndpoint ?? '');
  await setChecked(page, '#field-allowGuests', settings.allowGuests);
  await typeInto(page, 'bucket', settings.bucket);
  await typeInto(page, 's3.endpoint', settings.s3?.endpoint ?? '');
  if (settings.s3) await setChecked(page, '#field-s3-forcePathStyle', settings.s3.forcePathStyle);
  const provider = settings.provider;
  await page.click(`[data-testid="preset-${provider?.type ?? 'none'}"]`);
  if (provider?.type === 'oidc') await typeInto(page, 'provider.issuer', provider.issuer);
  if (provider?.type === 'cognito-user-pool') {
    await typeInto(page, 'provider.domain', provider.domain);
    await typeInto(page, 'provider.userPoolId', provider.userPoolId);
  }
  if (provider) {
    await typeInto(page, 'provider.clientId', provider.clientId);
    await typeInto(page, 'provider.scopes', (provider.scopes ?? []).join(' '));
  }
  for (const [index, scope] of (settings.contentScopes ?? []).entries()) {
    await page.click('[data-testid="add-scope"]');
    await typeInto(page, `contentScopes.${index}.origin`, scope.origin);
    await typeInto(page, `contentScopes.${index}.prefix`, scope.prefix);
    for (const operation of ['list', 'put', 'get'] as const) {
      await setChecked(page, `[data-testid="scope-${index}"] input[value="${operation}"]`, scope.allow.includes(operation));
    }
  }
}

/** Clicks Save and waits for the page to say the settings were saved. */
export async function saveOptionsForm(page: TestPage): Promise<void> {
  await page.click('[data-testid="save"]');
  await page.waitForText('[data-testid="form-status"]', 'Settings saved');
}

/** Clicks Test connection and returns the checklist once this run's result is shown. */
export async function runTestConnection(page: TestPage): Promise<StepView[]> {
  const runs = () => page.evaluate(() => Number(document.querySelector('[data-testid="diagnostics-summary"]')?.getAttribute('data-runs') ?? 0), undefined);
  const before = await runs();
  await page.click('[data-testid="test-connection"]');
  await waitFor('Test connection to finish', async () => ((await runs()) > before ? true : undefined));
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="diagnostics"] li[data-step]')].map((item) => ({
        id: item.dataset.step as string,
        status: item.dataset.status as StepView['status'],
        text: item.innerText.replace(/\s+/g, ' ').trim(),
      })),
    undefined,
  );
}

/**
 * Opens the options page, fills the form with `settings` (the devstack's unless given), saves,
 * runs Test connection and returns its steps. The page is closed afterwards.
 */
export async function configureThroughOptionsForm(
  session: ExtensionSession,
  stack: StackDescription,
  settings: SettingsInput = stack.settings,
): Promise<StepView[]> {
  const page = await session.openExtensionPage('options/index.html');
  try {
    await fillOptionsForm(page, settings);
    await saveOptionsForm(page);
    return await runTestConnection(page);
  } finally {
    await page.close();
  }
}
