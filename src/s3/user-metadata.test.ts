/** `s3.put` takes only the metadata keys the bucket's CORS exposes, so what is written can be read. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { protocol } from '../messaging/protocol.ts';
import { USER_METADATA_KEYS } from './user-metadata.ts';

const put = (metadata: Record<string, string>) =>
  v.safeParse(protocol['s3.put'].request, { key: 'private/${identityId}/a.txt', body: new Blob(['x']), metadata });

describe('user metadata', () => {
  it('accepts every listed key', () => {
    expect(put(Object.fromEntries(USER_METADATA_KEYS.map((key) => [key, 'value']))).success).toBe(true);
  });

  it('refuses any other key, saying which keys work and why', () => {
    const result = put({ title: 'ok', owner: 'someone' });
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toMatch(/title, description, source-url, tags: a browser cannot read other keys back/);
  });
});
