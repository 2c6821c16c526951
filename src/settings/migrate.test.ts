import { describe, expect, it } from 'vitest';
import { DEVSTACK_SETTINGS } from './development-defaults.ts';
import { migrateSettings } from './migrate.ts';

describe('migrateSettings', () => {
  it('accepts current settings as they are', () => {
    expect(migrateSettings(DEVSTACK_SETTINGS)).toEqual({ ok: true, settings: DEVSTACK_SETTINGS });
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
});
