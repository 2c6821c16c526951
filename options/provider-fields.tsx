/** The sign-in provider preset (none, OIDC issuer, Cognito user pool hosted UI) and its fields. */
import type { FieldErrors } from './field-errors.ts';
import type { FormValues, ProviderType } from './form-model.ts';
import { TextField } from './text-field.tsx';

const PRESETS: Array<{ type: ProviderType; label: string }> = [
  { type: 'none', label: 'None (guests only)' },
  { type: 'oidc', label: 'OpenID Connect issuer' },
  { type: 'cognito-user-pool', label: 'Cognito user pool (hosted UI)' },
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
      <legend>Sign-in provider</legend>
      <div role="radiogroup" aria-label="Provider preset" class="presets">
        {PRESETS.map((preset) => (
          <label key={preset.type} class="radio">
            <input
              type="radio"
              name="provider-type"
              value={preset.type}
              data-testid={`preset-${preset.type}`}
              checked={form.providerType === preset.type}
              onChange={() => set({ providerType: preset.type }, 'provider')}
            />
            {preset.label}
          </label>
        ))}
      </div>
      {form.providerType === 'oidc' &&
        field('provider.issuer', 'issuer', 'Issuer URL', {
          type: 'url',
          placeholder: 'https://accounts.example.com',
          hint: 'Exactly the "issuer" of its /.well-known/openid-configuration.',
        })}
      {form.providerType === 'cognito-user-pool' && (
        <>
          {field('provider.domain', 'domain', 'Hosted UI domain', { type: 'url', placeholder: 'https://tote.auth.us-east-1.amazoncognito.com' })}
          {field('provider.userPoolId', 'userPoolId', 'User pool id', { placeholder: 'us-east-1_AbC123' })}
        </>
      )}
      {form.providerType !== 'none' && (
        <>
          {field('provider.clientId', 'clientId', 'Client id')}
          {field('provider.scopes', 'scopes', 'Scopes', { required: false, hint: "Separated by spaces. Leave empty for the preset's defaults." })}
        </>
      )}
    </fieldset>
  );
}
