import { describe, expect, it } from 'vitest';
import { DEVSTACK_SETTINGS } from './development-defaults.ts';
import { migrateSettings } from './migrate.ts';

describe('migrateSettings', () => {
  it('accepts current settings as they are', () => {
    expect(migrateSettings(DEVSTACK_SETTINGS)).toEqual({ ok: true, settings: DEVSTACK_SETTINGS, dropped: [] });
  });

  it.each([
    ['a non-object', 'settings', 'must be a JSON object'],
    ['an array', [DEVSTACK_SETTINGS], 'must be a JSON object'],
    ['no version', { ...DEVSTACK_SETTINGS, version: undefined }, 'no valid "version"'],
    ['a fractional version', { ...DEVSTACK_SETTINGS, version: 1.5 }, 'no valid "version"'],
    ['a newer version', { ...DEVSTACK_SETTINGS, version: 7 }, 'newer Tote (version 7); update the extension'],
    ['a bad field', { ...DEVSTACK_SETTINGS, region: 'moon-1' }, '"region" must be an AWS region'],
  ])('refuses %s and says why', (_label, input, problem) => {
    const result = migrateSettings(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });

  it('drops a content scope that fails its check (an http origin saved before https was required) and keeps everything else', () => {
    const good = { origin: 'https://notes.example.com', prefix: 'private/${identityId}/notes/', allow: ['list'] };
    const stored = {
      ...DEVSTACK_SETTINGS,
      saveFolder: 'private/${identityId}/clips/',
      contentScopes: [{ origin: 'http://intranet.example', prefix: 'public/', allow: ['put'] }, good],
    };
    const result = migrateSettings(stored);
    expect(result).toEqual({
      ok: true,
      settings: { ...DEVSTACK_SETTINGS, saveFolder: 'private/${identityId}/clips/', contentScopes: [good] },
      dropped: [expect.stringContaining('"contentScopes.0.origin" must start with https://')],
    });
    // The caller's object is not changed.
    expect(stored.contentScopes).toHaveLength(2);
  });

  it('leaves the scopes out when none passes, and still refuses a file whose other fields are wrong', () => {
    const onlyBad = { ...DEVSTACK_SETTINGS, contentScopes: [{ origin: 'http://intranet.example', prefix: 'public/', allow: ['put'] }] };
    expect(migrateSettings(onlyBad)).toEqual({ ok: true, settings: DEVSTACK_SETTINGS, dropped: [expect.stringContaining('"contentScopes.0.origin"')] });
    expect(migrateSettings({ ...onlyBad, region: 'moon-1' })).toMatchObject({ ok: false, problem: expect.stringContaining('"region"') });
    expect(migrateSettings({ ...DEVSTACK_SETTINGS, contentScopes: 'all' })).toMatchObject({ ok: false, problem: expect.stringContaining('"contentScopes"') });
  });
});
