import type { Permissions } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { permissionLeases } from './permission-lease.ts';

const CDN = { origins: ['https://cdn.example/*'] };

/** A permissions API that holds `initially`, grants a request when `grant` says so, and logs calls. */
function fakePermissions(initially: string[], grant: boolean) {
  const held = new Set(initially);
  const calls: string[] = [];
  const key = (wanted: Permissions.Permissions) => (wanted.origins ?? wanted.permissions ?? []).join(',');
  return {
    held,
    calls,
    api: {
      contains: async (wanted: Permissions.Permissions) => (calls.push(`contains ${key(wanted)}`), held.has(key(wanted))),
      request: async (wanted: Permissions.Permissions) => {
        calls.push(`request ${key(wanted)}`);
        if (grant) held.add(key(wanted));
        return grant || held.has(key(wanted));
      },
      remove: async (wanted: Permissions.Permissions) => (calls.push(`remove ${key(wanted)}`), held.delete(key(wanted))),
    },
  };
}

describe('permissions a save asks for', () => {
  it('checks what was held before asking (both started in the click), and gives back what it was granted', async () => {
    const fake = fakePermissions([], true);
    const lease = permissionLeases(fake.api)(CDN);
    expect(fake.calls).toEqual(['contains https://cdn.example/*', 'request https://cdn.example/*']);
    await expect(lease.held).resolves.toBe(true);
    await lease.release();
    expect(fake.calls.at(-1)).toBe('remove https://cdn.example/*');
    expect(fake.held.size).toBe(0);
  });

  it('keeps a permission the user had granted before', async () => {
    const fake = fakePermissions(['https://cdn.example/*'], true);
    const lease = permissionLeases(fake.api)(CDN);
    await expect(lease.held).resolves.toBe(true);
    await lease.release();
    expect(fake.calls.filter((call) => call.startsWith('remove'))).toEqual([]);
    expect(fake.held.has('https://cdn.example/*')).toBe(true);
  });

  it('says when it was refused, and removes nothing', async () => {
    const fake = fakePermissions([], false);
    const lease = permissionLeases(fake.api)(CDN);
    await expect(lease.held).resolves.toBe(false);
    await lease.release();
    expect(fake.calls.filter((call) => call.startsWith('remove'))).toEqual([]);
  });

  it('gives back only when the last of several saves using it ends, once', async () => {
    const fake = fakePermissions([], true);
    const acquire = permissionLeases(fake.api);
    const first = acquire(CDN);
    const second = acquire(CDN);
    await Promise.all([first.held, second.held]);
    await first.release();
    await first.release();
    expect(fake.held.has('https://cdn.example/*')).toBe(true);
    await second.release();
    expect(fake.calls.filter((call) => call.startsWith('remove'))).toEqual(['remove https://cdn.example/*']);
    expect(fake.held.size).toBe(0);
  });
});
