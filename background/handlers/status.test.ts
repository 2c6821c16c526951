import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/settings/schema.ts';
import { statusHandler } from './status.ts';

const sender = { sender: { kind: 'page' as const, url: 'x' } };

describe('status', () => {
  it('reports not configured without settings and configured with them', async () => {
    const base = { version: '1.2.3', browser: 'firefox' as const, development: false };
    await expect(statusHandler({ ...base, loadSettings: async () => undefined })({}, sender)).resolves.toEqual({ ...base, configured: false });
    await expect(statusHandler({ ...base, loadSettings: async () => ({}) as Settings })({}, sender)).resolves.toEqual({ ...base, configured: true });
  });
});
