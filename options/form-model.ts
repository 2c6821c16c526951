/**
 * The connection form as plain strings and booleans, and the two ways between it and a settings
 * file. Validation is the settings schema itself (src/settings/schema.ts): the form never has
 * rules of its own, so the page and the background (which validates again) always agree.
 */
import * as v from 'valibot';
import { SettingsSchema, type ContentScope, type Settings } from '../src/settings/schema.ts';
import { fieldErrors, type FieldErrors } from './field-errors.ts';

export type ProviderType = 'none' | 'oidc' | 'cognito-user-pool';
export type Operation = ContentScope['allow'][number];

export interface ScopeRow {
  origin: string;
  prefix: string;
  allow: Operation[];
}

export interface FormValues {
  region: string;
  identityPoolId: string;
  bucket: string;
  allowGuests: boolean;
  s3Endpoint: string;
  forcePathStyle: boolean;
  cognitoEndpoint: string;
  providerType: ProviderType;
  issuer: string;
  domain: string;
  clientId: string;
  userPoolId: string;
  /** Space-separated; empty means the preset's default scopes. */
  scopes: string;
  contentScopes: ScopeRow[];
}

export function formFromSettings(settings: Settings | undefined): FormValues {
  const provider = settings?.provider;
  return {
    region: settings?.region ?? '',
    identityPoolId: settings?.identityPoolId ?? '',
    bucket: settings?.bucket ?? '',
    allowGuests: settings?.allowGuests ?? true,
    s3Endpoint: settings?.s3?.endpoint ?? '',
    forcePathStyle: settings?.s3?.forcePathStyle ?? true,
    cognitoEndpoint: settings?.cognitoEndpoint ?? '',
    providerType: provider?.type ?? 'none',
    issuer: provider?.type === 'oidc' ? provider.issuer : '',
    domain: provider?.type === 'cognito-user-pool' ? provider.domain : '',
    clientId: provider?.clientId ?? '',
    userPoolId: provider?.type === 'cognito-user-pool' ? provider.userPoolId : '',
    scopes: provider?.scopes.join(' ') ?? '',
    contentScopes: (settings?.contentScopes ?? []).map((scope) => ({ origin: scope.origin, prefix: scope.prefix, allow: [...scope.allow] })),
  };
}

/**
 * The settings fields this form edits. Saving patches these alone: whatever else the file holds
 * (the save folder, set elsewhere on the page; an administrator's locations) stays as stored.
 */
export const FORM_FIELDS = [
  'region',
  'identityPoolId',
  'bucket',
  'allowGuests',
  's3',
  'cognitoEndpoint',
  'provider',
  'contentScopes',
] as const satisfies ReadonlyArray<keyof Settings>;

/** The settings file the form describes, not yet validated. Empty optional fields are left out. */
export function settingsFromForm(form: FormValues): Record<string, unknown> {
  const scopes = form.scopes.trim() === '' ? {} : { scopes: form.scopes.trim().split(/\s+/) };
  const provider =
    form.providerType === 'oidc'
      ? { type: 'oidc', issuer: form.issuer.trim(), clientId: form.clientId.trim(), ...scopes }
      : form.providerType === 'cognito-user-pool'
        ? { type: 'cognito-user-pool', domain: form.domain.trim(), clientId: form.clientId.trim(), userPoolId: form.userPoolId.trim(), ...scopes }
        : undefined;
  return {
    version: 1,
    region: form.region.trim(),
    identityPoolId: form.identityPoolId.trim(),
    bucket: form.bucket.trim(),
    allowGuests: form.allowGuests,
    ...(form.s3Endpoint.trim() ? { s3: { endpoint: form.s3Endpoint.trim(), forcePathStyle: form.forcePathStyle } } : {}),
    ...(form.cognitoEndpoint.trim() ? { cognitoEndpoint: form.cognitoEndpoint.trim() } : {}),
    ...(provider ? { provider } : {}),
    ...(form.contentScopes.length > 0
      ? { contentScopes: form.contentScopes.map((row) => ({ origin: row.origin.trim(), prefix: row.prefix.trim(), allow: row.allow })) }
      : {}),
  };
}

/** The form's fields by the settings path each one edits (what `fieldErrors` maps issues to). */
export function fieldPaths(form: FormValues): string[] {
  const provider =
    form.providerType === 'oidc' ? ['provider.issuer'] : form.providerType === 'cognito-user-pool' ? ['provider.domain', 'provider.userPoolId'] : [];
  return [
    'region',
    'identityPoolId',
    'bucket',
    's3.endpoint',
    'cognitoEndpoint',
    ...provider,
    ...(form.providerType === 'none' ? [] : ['provider.clientId', 'provider.scopes']),
    ...form.contentScopes.flatMap((_row, index) => [`contentScopes.${index}.origin`, `contentScopes.${index}.prefix`, `contentScopes.${index}.allow`]),
  ];
}

export type Validation = { ok: true; settings: Settings; errors: FieldErrors } | { ok: false; errors: FieldErrors };

export function validateForm(form: FormValues): Validation {
  const parsed = v.safeParse(SettingsSchema, settingsFromForm(form));
  if (parsed.success) return { ok: true, settings: parsed.output, errors: {} };
  return { ok: false, errors: fieldErrors(parsed.issues, fieldPaths(form)) };
}
