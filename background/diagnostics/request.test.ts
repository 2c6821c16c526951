import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { protocol } from '../../src/messaging/protocol.ts';

const settings = { version: 1, region: 'us-east-1', identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0', bucket: 'tote', allowGuests: true };

describe('diagnostics.run requests', () => {
  const schema = protocol['diagnostics.run'].request;

  it('takes a whole, valid settings file', () => {
    expect(v.safeParse(schema, { settings }).success).toBe(true);
  });

  it('refuses half-valid settings and unknown keys, and is for extension pages only', () => {
    expect(v.safeParse(schema, { settings: { ...settings, bucket: 'Not A Bucket' } }).success).toBe(false);
    expect(v.safeParse(schema, { settings: { ...settings, secret: 'x' } }).success).toBe(false);
    expect(v.safeParse(schema, { settings, extra: 1 }).success).toBe(false);
    expect(protocol['diagnostics.run'].senders).toEqual({ pages: true, content: 'never' });
  });
});
