/**
 * The connection form: every field validated with the settings schema as you type (errors shown
 * once a field was touched, all of them on Save), Save refused until the whole form is valid,
 * and Test connection against the form's values, saved or not.
 */
import { useState } from 'preact/hooks';
import { t, tCount } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import type { DiagnosticStep } from '../src/messaging/protocol.ts';
import type { Settings } from '../src/settings/schema.ts';
import { ContentScopeRows } from './content-scope-rows.tsx';
import { DiagnosticsChecklist, summary } from './diagnostics-checklist.tsx';
import { FORM_FIELDS, formFromSettings, type FormValues, validateForm } from './form-model.ts';
import { customEndpointOrigins, requestHostAccess } from './host-access.ts';
import { ProviderFields } from './provider-fields.tsx';
import { Checkbox, fieldId, TextField } from './text-field.tsx';

type Notice = { kind: 'status' | 'alert'; text: string } | undefined;

interface Props {
  client: Client;
  initial: Settings | undefined;
  onSaved(): void;
}

export function ConnectionForm({ client, initial, onSaved }: Props) {
  const [form, setForm] = useState<FormValues>(() => formFromSettings(initial));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [steps, setSteps] = useState<DiagnosticStep[] | undefined>();
  const [testing, setTesting] = useState(false);
  /** Finished test runs, so a reader (or a test) can tell a new result from the last one. */
  const [runs, setRuns] = useState(0);
  /** Endpoint origins the last test found answering without CORS for Tote. */
  const [needsAccess, setNeedsAccess] = useState<string[]>([]);

  const validation = validateForm(form);
  const shown = (path: string) => (showAll || touched.has(path) ? validation.errors[path] : undefined);
  const shownErrors = Object.fromEntries(
    Object.keys(validation.errors)
      .map((path) => [path, shown(path)])
      .filter(([, error]) => error !== undefined),
  ) as Record<string, string>;
  const touch = (path: string) => setTouched((before) => new Set(before).add(path));
  const set = (patch: Partial<FormValues>, path: string) => {
    setForm((before) => ({ ...before, ...patch }));
    touch(path);
    setNotice(undefined);
  };

  /** Refuses a half-valid form: shows every error and moves focus to the first. `refusal` says which action waits. */
  function validOrRefuse(refusal: 'optionsFixBeforeSave' | 'optionsFixBeforeTest'): Settings | undefined {
    if (validation.ok) return validation.settings;
    setShowAll(true);
    const paths = Object.keys(validation.errors);
    setNotice({ kind: 'alert', text: tCount(refusal, paths.length) });
    const first = paths.find((path) => path !== '');
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
    return undefined;
  }

  /** `permissions.request` needs the click's user gesture: it is called before any await. */
  function askAccess(settings: Settings): Promise<boolean> {
    return requestHostAccess(customEndpointOrigins(settings).filter((origin) => needsAccess.includes(origin)));
  }

  async function save(event: Event) {
    event.preventDefault();
    const settings = validOrRefuse('optionsFixBeforeSave');
    if (settings === undefined) return;
    const access = askAccess(settings);
    // Every field this form edits (an emptied one removed); the others stay as stored.
    const patch = Object.fromEntries(FORM_FIELDS.map((field) => [field, settings[field] ?? null]));
    const reply = await client.call('settings.patch', { patch });
    await access.catch(() => false);
    if (!reply.ok) {
      setNotice({ kind: 'alert', text: reply.error.message });
      return;
    }
    // A session does not follow another identity pool or provider (background/identity/session-binding.ts):
    // the background signed the user out first, and says so.
    setNotice({ kind: 'status', text: t(reply.value.signedOut ? 'optionsSignedOutByChange' : 'optionsSettingsSaved') });
    onSaved();
  }

  async function runTest(accessFor?: string) {
    const settings = validOrRefuse('optionsFixBeforeTest');
    if (settings === undefined) return;
    const access = accessFor ? requestHostAccess([accessFor]) : askAccess(settings);
    await access.catch(() => false);
    setTesting(true);
    setSteps(undefined);
    const reply = await client.call('diagnostics.run', { settings });
    setTesting(false);
    setRuns((n) => n + 1);
    if (!reply.ok) {
      setNotice({ kind: 'alert', text: reply.error.message });
      return;
    }
    setSteps(reply.value);
    setNeedsAccess(reply.value.flatMap((step) => (step.needsAccessTo ? [step.needsAccessTo] : [])));
  }

  const text = (path: string, key: keyof FormValues, label: string, extra: { hint?: string; placeholder?: string; type?: 'url'; required?: boolean } = {}) => (
    <TextField
      path={path}
      label={label}
      value={form[key] as string}
      error={shownErrors[path]}
      onInput={(value) => set({ [key]: value }, path)}
      onBlur={() => touch(path)}
      required={extra.required ?? true}
      {...extra}
    />
  );

  return (
    <section aria-labelledby="form-heading">
      <h2 id="form-heading">{t('optionsEditConnection')}</h2>
      <form noValidate onSubmit={(event) => void save(event)}>
        <fieldset>
          <legend>{t('optionsIdentityPool')}</legend>
          {text('region', 'region', t('optionsRegion'), { placeholder: 'us-east-1' })}
          {text('identityPoolId', 'identityPoolId', t('optionsIdentityPoolId'), { placeholder: 'us-east-1:00000000-0000-0000-0000-000000000000' })}
          {text('cognitoEndpoint', 'cognitoEndpoint', t('optionsCognitoEndpoint'), {
            type: 'url',
            required: false,
            hint: t('optionsCognitoEndpointHint'),
          })}
          <Checkbox
            id="field-allowGuests"
            label={t('optionsAllowGuests')}
            checked={form.allowGuests}
            onChange={(allowGuests) => set({ allowGuests }, 'allowGuests')}
            hint={t('optionsAllowGuestsHint')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('optionsBucket')}</legend>
          {text('bucket', 'bucket', t('optionsBucketName'), { placeholder: 'my-team-files' })}
          {text('s3.endpoint', 's3Endpoint', t('optionsS3Endpoint'), {
            type: 'url',
            required: false,
            hint: t('optionsS3EndpointHint'),
          })}
          {form.s3Endpoint.trim() !== '' && (
            <Checkbox
              id="field-s3-forcePathStyle"
              label={t('optionsPathStyle')}
              checked={form.forcePathStyle}
              onChange={(forcePathStyle) => set({ forcePathStyle }, 's3.forcePathStyle')}
            />
          )}
        </fieldset>
        <ProviderFields form={form} errors={shownErrors} set={set} touch={touch} />
        <ContentScopeRows rows={form.contentScopes} errors={shownErrors} set={set} touch={touch} />
        {shownErrors[''] && <p class="error">{shownErrors['']}</p>}
        <div class="actions">
          <button type="submit" class="primary">
            {t('optionsSave')}
          </button>
          <button type="button" disabled={testing} onClick={() => void runTest()}>
            {t(testing ? 'optionsTesting' : 'optionsTestConnection')}
          </button>
        </div>
        <div aria-live="polite" role="status">
          {notice?.kind === 'status' ? notice.text : ''}
        </div>
        <div role="alert" class="error">
          {notice?.kind === 'alert' ? notice.text : ''}
        </div>
      </form>
      <div aria-live="polite" data-runs={runs}>
        {testing ? t('optionsCheckingConnection') : steps ? summary(steps) : ''}
      </div>
      {steps && <DiagnosticsChecklist steps={steps} onGrantAccess={(origin) => void runTest(origin)} />}
    </section>
  );
}
