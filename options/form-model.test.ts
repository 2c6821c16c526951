import { describe, expect, it } from 'vitest';
import type { Settings } from '../src/settings/schema.ts';
import { FORM_FIELDS, formFromSettings, settingsFromForm, validateForm } from './form-model.ts';

const full: Settings = {
  version: 1,
  region: 'us-east-1',
  identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
  bucket: 'tote-dev',
  allowGuests: true,
  s3: { endpoint: 'http://127.0.0.1:9402', forcePathStyle: true },
  cognitoEndpoint: 'http://127.0.0.1:9401',
  provider: { type: 'oidc', issuer: 'http://127.0.0.1:9400', clientId: 'tote-dev', scopes: ['openid', 'email'] },
  contentScopes: [{ origin: 'https://example.com', prefix: 'public/inbox/', allow: ['put', 'list'] }],
};

describe('form ↔ settings', () => {
  it('names every field the form writes, and none it does not (a save patches only those)', () => {
    const written = new Set(Object.keys(settingsFromForm(formFromSettings(full))).filter((field) => field !== 'version'));
    expect(new Set(FORM_FIELDS)).toEqual(written);
    expect(FORM_FIELDS).not.toContain('saveFolder');
    expect(FORM_FIELDS).not.toContain('locations');
  });

  it('round-trips a full settings file', () => {
    expect(settingsFromForm(formFromSettings(full))).toEqual(full);
    expect(validateForm(formFromSettings(full))).toEqual({ ok: true, settings: full, errors: {} });
  });

  it('round-trips a Cognito user pool preset', () => {
    const cognito: Settings = {
      ...full,
      provider: {
        type: 'cognito-user-pool',
        domain: 'https://tote.auth.us-east-1.amazoncognito.com',
        clientId: 'abc',
        userPoolId: 'us-east-1_AbC123',
        scopes: ['openid'],
      },
    };
    expect(settingsFromForm(formFromSettings(cognito))).toEqual(cognito);
  });

  it('leaves empty optional fields out, and trims what people paste', () => {
    const form = { ...formFromSettings(full), s3Endpoint: ' ', cognitoEndpoint: '', providerType: 'none' as const, contentScopes: [], bucket: ' tote-dev ' };
    const settings = settingsFromForm(form);
    expect(settings).not.toHaveProperty('s3');
    expect(settings).not.toHaveProperty('cognitoEndpoint');
    expect(settings).not.toHaveProperty('provider');
    expect(settings).not.toHaveProperty('contentScopes');
    expect(settings.bucket).toBe('tote-dev');
  });

  it('gives empty scopes the preset defaults from the schema', () => {
    const result = validateForm({ ...formFromSettings(full), scopes: '' });
    expect(result.ok && result.settings.provider?.scopes).toEqual(['openid', 'email', 'profile', 'offline_access']);
  });

  it('starts an empty form for no settings, with guests on and no provider', () => {
    const form = formFromSettings(undefined);
    expect(form).toMatchObject({ region: '', identityPoolId: '', bucket: '', allowGuests: true, providerType: 'none', contentScopes: [] });
    const result = validateForm(form);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.errors).sort()).toEqual(['bucket', 'identityPoolId', 'region']);
    expect(result.errors.region).toBe('Required.');
  });
});

describe('validation errors land on their fields', () => {
  it("puts a malformed pool id on the pool id field, with the schema's sentence", () => {
    const result = validateForm({ ...formFromSettings(full), identityPoolId: 'us-east-1-not-a-pool' });
    expect(result).toEqual({ ok: false, errors: { identityPoolId: 'This must look like us-east-1:00000000-0000-0000-0000-000000000000.' } });
  });

  it('maps nested issues (endpoint, provider, scope rows) to the field that edits them', () => {
    const form = formFromSettings(full);
    const result = validateForm({
      ...form,
      s3Endpoint: 'not a url',
      clientId: '',
      scopes: 'openid bad\u0001scope',
      contentScopes: [form.contentScopes[0]!, { origin: 'https://ok.example/path', prefix: 'inbox', allow: [] }],
    });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.errors).sort()).toEqual([
      'contentScopes.1.allow',
      'contentScopes.1.origin',
      'contentScopes.1.prefix',
      'provider.clientId',
      'provider.scopes',
      's3.endpoint',
    ]);
    expect(result.errors['contentScopes.1.prefix']).toBe('This must end with "/".');
    expect(result.errors['provider.clientId']).toBe('Required.');
    expect(result.errors['s3.endpoint']).toBe('This must be a full URL, such as https://example.com.');
  });

  it('tells a person who typed an http origin to use https, next to the origin field', () => {
    const form = formFromSettings(full);
    const result = validateForm({ ...form, contentScopes: [{ ...form.contentScopes[0]!, origin: 'http://notes.example.com' }] });
    expect(result).toEqual({
      ok: false,
      errors: { 'contentScopes.0.origin': 'This must start with https:// (plain http is allowed only for 127.0.0.1, [::1] and localhost, for development).' },
    });
  });
});
