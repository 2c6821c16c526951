/** The sign-in provider preset (none, OIDC issuer, Cognito user pool hosted UI) and its fields. */
import { type MessageKey, t } from '../src/i18n/t.ts';
import type { FieldErrors } from './field-errors.ts';
import type { FormValues, ProviderType } from './form-model.ts';
import { TextField } from './text-field.tsx';

const PRESETS: Array<{ type: ProviderType; label: MessageKey }> = [
  { type: 'none', label: 'optionsPresetNone' },
  { type: 'oidc', label: 'optionsPresetOidc' },
  { type: 'cognito-user-pool', label: 'optionsPresetCognito' },
];

interface Props {
  form: FormValues;
  errors: FieldErrors;
  set(patch: Partial<FormValues>, path: string): void;
  touch(path: string): void;
}

export function ProviderFields({ form, errors, set, touch }: Props) {
  const field = (path: string, key: keyof FormValues, label: string, extra: { hint?: string; placeholder?: string; type?: 'url'; required?: boolean } = {}) => (
    <TextField
      path={path}
      label={label}
      value={form[key] as string}
      error={errors[path]}
      onInput={(value) => set({ [key]: value }, path)}
      onBlur={() => touch(path)}
      required={extra.required ?? true}
      {...extra}
    />
  );
  return (
    <fieldset>
      <legend>{t('optionsSignInProvider')}</legend>
      <div role="radiogroup" aria-label={t('optionsProviderPreset')} class="presets">
        {PRESETS.map((preset) => (
          <label key={preset.type} class="radio">
            <input
              type="radio"
              name="provider-type"
              value={preset.type}
              checked={form.providerType === preset.type}
              onChange={() => set({ providerType: preset.type }, 'provider')}
            />
            {t(preset.label)}
          </label>
        ))}
      </div>
      {form.providerType === 'oidc' &&
        field('provider.issuer', 'issuer', t('optionsIssuerUrl'), {
          type: 'url',
          placeholder: 'https://accounts.example.com',
          hint: t('optionsIssuerHint'),
        })}
      {form.providerType === 'cognito-user-pool' && (
        <>
          {field('provider.domain', 'domain', t('optionsHostedUiDomain'), { type: 'url', placeholder: 'https://tote.auth.us-east-1.amazoncognito.com' })}
          {field('provider.userPoolId', 'userPoolId', t('optionsUserPoolId'), { placeholder: 'us-east-1_AbC123' })}
        </>
      )}
      {form.providerType !== 'none' && (
        <>
          {field('provider.clientId', 'clientId', t('optionsClientId'))}
          {field('provider.scopes', 'scopes', t('optionsScopes'), { required: false, hint: t('optionsScopesHint') })}
        </>
      )}
    </fieldset>
  );
}
