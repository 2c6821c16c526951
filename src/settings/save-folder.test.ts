import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SettingsSchema } from './schema.ts';

const settings = {
  version: 1,
  region: 'eu-west-1',
  identityPoolId: 'eu-west-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
  bucket: 'team-files',
  allowGuests: false,
};

describe('the save folder setting', () => {
  it('is optional, so settings written before it existed stay valid', () => {
    expect(v.safeParse(SettingsSchema, settings).success).toBe(true);
    expect(v.safeParse(SettingsSchema, { ...settings, saveFolder: 'private/${identityId}/clips/' }).success).toBe(true);
  });

  it('must be a folder without control characters', () => {
    expect(v.safeParse(SettingsSchema, { ...settings, saveFolder: 'private/x' }).success).toBe(false);
    expect(v.safeParse(SettingsSchema, { ...settings, saveFolder: 'a\u0000/' }).success).toBe(false);
    expect(v.safeParse(SettingsSchema, { ...settings, saveFolder: '' }).success).toBe(false);
  });
});
