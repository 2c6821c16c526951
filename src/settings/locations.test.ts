import { describe, expect, it } from 'vitest';
import { locationOf, locationsFor, OWN_FOLDER, PUBLIC_FILES } from './locations.ts';
import type { Settings } from './schema.ts';

const settings = (locations: Settings['locations']): Settings => ({
  version: 1,
  region: 'us-east-1',
  identityPoolId: 'us-east-1:00000000-0000-4000-8000-000000000000',
  bucket: 'tote-bucket',
  allowGuests: true,
  ...(locations ? { locations } : {}),
});
const team = { label: 'Team handbook', prefix: 'shared/handbook/', writable: false };

describe('locations', () => {
  it("offers a signed-in user their own folder, public files and the settings' further places", () => {
    expect(locationsFor(settings([team]), true)).toEqual([OWN_FOLDER, PUBLIC_FILES, team]);
    expect(locationsFor(undefined, true)).toEqual([OWN_FOLDER, PUBLIC_FILES]);
  });

  it('offers a guest public files alone, whatever the settings list', () => {
    expect(locationsFor(settings([team]), false)).toEqual([PUBLIC_FILES]);
  });

  it('never lists the own folder or public files twice, however the settings name them', () => {
    const again = [{ label: 'Mine', prefix: OWN_FOLDER.prefix, writable: true }, { label: 'Everyone', prefix: 'public/', writable: true }, team];
    expect(locationsFor(settings(again), true)).toEqual([OWN_FOLDER, PUBLIC_FILES, team]);
  });

  it('finds the location a linked folder lies in, the deepest where several hold it', () => {
    const places = [OWN_FOLDER, PUBLIC_FILES, { label: 'Public news', prefix: 'public/news/', writable: false }];
    expect(locationOf('private/${identityId}/inbox/', places)).toBe(OWN_FOLDER);
    expect(locationOf('public/news/2026/', places)?.label).toBe('Public news');
    expect(locationOf('public/other/', places)).toBe(PUBLIC_FILES);
    expect(locationOf('elsewhere/', places)).toBeUndefined();
  });
});
