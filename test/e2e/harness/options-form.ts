/**
 * The options page's connection form, driven as a person would: clear a field and type, tick
 * boxes, pick the provider preset, Save, Test connection, read the checklist.
 */
import type { StackDescription } from '../../../devstack/description.ts';
import type { SettingsInput } from '../../../src/settings/schema.ts';
import { findRole } from './by-role.ts';
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

/** The sign-in provider presets by the label a person picks. */
const PRESET_LABELS = { none: 'None (guests only)', oidc: 'OpenID Connect issuer', 'cognito-user-pool': 'Cognito user pool (hosted UI)' } as const;
/** The operations a web page row allows, by their checkbox labels. */
const OPERATION_LABELS = { list: 'List', put: 'Upload', get: 'Download' } as const;

/** Marks the checkbox labelled `label` in the group (fieldset) whose legend is `group`; answers its selector. */
function checkboxInGroup(page: TestPage, group: string, label: string): Promise<string> {
  return waitFor(`the checkbox "${label}" in "${group}"`, () =>
    page.evaluate(
      ([legend, name]) => {
        const fieldset = [...document.querySelectorAll('fieldset')].find((candidate) => candidate.querySelector(':scope > legend')?.textContent === legend);
        const box = [...(fieldset?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])].find(
          (input) => input.labels?.[0]?.textContent?.trim() === name,
        );
        if (!box) return undefined;
        box.dataset.e2ePick = `${legend} ${name}`;
        return `[data-e2e-pick="${legend} ${name}"]`;
      },
      [group, label] as const,
    ),
  );
}

/** Waits until the form has loaded the current settings. */
export async function formReady(page: TestPage): Promise<void> {
  await page.find({ role: 'textbox', name: 'Region' }).box();
}

/**
 * What a screen reader reads after the field labelled `label` (its `aria-describedby`: hint and
 * error), once it contains `expected`.
 */
export function fieldDescription(page: TestPage, label: string, expected: string): Promise<string> {
  return waitFor(`"${label}" to say "${expected}"`, async () => {
    const text = await page.find({ role: 'textbox', name: label }).evaluate((field) =>
      (field.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim(),
    );
    return text.includes(expected) ? text : undefined;
  });
}

/** The whole text of the shown status or alert that says `containing`, once one does. */
export async function message(page: TestPage, role: 'status' | 'alert', containing: string, timeoutMs?: number): Promise<string> {
  return page.text(await findRole(page, role, containing, { contains: true, ...(timeoutMs ? { timeoutMs } : {}) }));
}

/** The settings in force, as the Connection section shows them, once they say `expected`. */
export function connectionShows(page: TestPage, expected: string): Promise<string> {
  return waitFor(`the connection to show "${expected}"`, async () => {
    const text = await page.find({ role: 'region', name: 'Connection' }).evaluate((region) => region.innerText);
    return text.includes(expected) ? text : undefined;
  });
}

/** The summary line under the form of the last Test connection. */
export function testSummary(page: TestPage): Promise<string> {
  return page.text('[data-runs]');
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
  await page.find({ role: 'radio', name: PRESET_LABELS[provider?.type ?? 'none'] }).click();
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
    await page.find({ role: 'button', name: 'Add an origin' }).click();
    await typeInto(page, `contentScopes.${index}.origin`, scope.origin);
    await typeInto(page, `contentScopes.${index}.prefix`, scope.prefix);
    for (const operation of ['list', 'put', 'get'] as const) {
      await setChecked(page, await checkboxInGroup(page, `Origin ${index + 1}`, OPERATION_LABELS[operation]), scope.allow.includes(operation));
    }
  }
}

/** Clicks Save and waits for the page to say the settings were saved. */
export async function saveOptionsForm(page: TestPage): Promise<void> {
  await page.find({ role: 'button', name: 'Save' }).click();
  await message(page, 'status', 'Settings saved');
}

/**
 * Clicks Test connection and returns the checklist once this run's result is shown (the summary
 * counts finished runs in `data-runs`, so a new result is told from the last one).
 */
export async function runTestConnection(page: TestPage): Promise<StepView[]> {
  const runs = () => page.evaluate(() => Number(document.querySelector('[data-runs]')?.getAttribute('data-runs') ?? 0), undefined);
  const before = await runs();
  await page.find({ role: 'button', name: 'Test connection' }).click();
  await waitFor('Test connection to finish', async () => ((await runs()) > before ? true : undefined));
  return page.find({ role: 'list', name: 'Test connection results' }).evaluate((list) =>
    [...list.querySelectorAll<HTMLElement>('li[data-step]')].map((item) => ({
      id: item.dataset.step as string,
      status: item.dataset.status as StepView['status'],
      text: item.innerText.replace(/\s+/g, ' ').trim(),
    })),
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
