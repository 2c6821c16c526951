import { describe, expect, it } from 'vitest';
import { BRIDGE_MARK, BRIDGE_MAX_PUT_BYTES, parseBridgeMessage } from './bridge-message.ts';

const msg = (fields: Record<string, unknown>) => ({ tote: BRIDGE_MARK, id: 'r1', ...fields });

describe('page bridge messages', () => {
  it('ignores anything not addressed to Tote, replies (even spoofed ones) and requests without a usable id', () => {
    for (const data of [
      null,
      1,
      'x',
      [],
      {},
      { tote: 'other', id: 'a', op: 'list' },
      msg({ op: 'list', reply: true }),
      { tote: BRIDGE_MARK, op: 'list' },
      msg({ id: 'x'.repeat(65), op: 'list' }),
      msg({ id: 'bad id', op: 'list' }),
    ]) {
      expect(parseBridgeMessage(data), JSON.stringify(data)).toEqual({ kind: 'ignore' });
    }
  });

  it('accepts the four operations with their fields', () => {
    expect(parseBridgeMessage(msg({ op: 'list' }))).toEqual({ kind: 'request', id: 'r1', request: { op: 'list' } });
    expect(parseBridgeMessage(msg({ op: 'list', prefix: 'a/', continuationToken: 't' }))).toEqual({
      kind: 'request',
      id: 'r1',
      request: { op: 'list', prefix: 'a/', continuationToken: 't' },
    });
    expect(parseBridgeMessage(msg({ op: 'get', key: 'a/b' }))).toEqual({ kind: 'request', id: 'r1', request: { op: 'get', key: 'a/b' } });
    expect(parseBridgeMessage(msg({ op: 'presign', key: 'a/b', expiresInSeconds: 60 }))).toEqual({
      kind: 'request',
      id: 'r1',
      request: { op: 'presign', key: 'a/b', expiresInSeconds: 60 },
    });
    const put = parseBridgeMessage(msg({ op: 'put', key: 'a/b.txt', body: 'hi', contentType: 'text/plain' }));
    expect(put).toMatchObject({ kind: 'request', request: { op: 'put', key: 'a/b.txt', contentType: 'text/plain' } });
    expect(put.kind === 'request' && put.request.op === 'put' && put.request.body.size).toBe(2);
    const bytes = parseBridgeMessage(msg({ op: 'put', key: 'k', body: new Uint8Array([1, 2, 3]).buffer }));
    expect(bytes.kind === 'request' && bytes.request.op === 'put' && bytes.request.body.size).toBe(3);
  });

  it('refuses unknown operations and fields (a forged origin included), bad keys, bodies and lifetimes, with a reason', () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ op: 'delete', key: 'a' }, /op: must be/],
      [{ op: 'list', origin: 'https://trusted.example' }, /"origin" is not a field of "list"/],
      [{ op: 'get', key: '' }, /key: must be/],
      [{ op: 'get', key: 'a\u0000b' }, /key: must be/],
      [{ op: 'get', key: 'k'.repeat(1025) }, /key: must be/],
      [{ op: 'get' }, /key: must be/],
      [{ op: 'put', key: 'a', body: 42 }, /body: must be/],
      [{ op: 'put', key: 'a', body: 'x'.repeat(BRIDGE_MAX_PUT_BYTES + 1) }, /too large/],
      [{ op: 'put', key: 'a', body: 'x', contentType: 'nonsense' }, /contentType/],
      [{ op: 'presign', key: 'a', expiresInSeconds: 86_401 }, /expiresInSeconds/],
      [{ op: 'list', prefix: { toString: 'x' } }, /prefix/],
    ];
    for (const [fields, reason] of cases) {
      const parsed = parseBridgeMessage(msg(fields));
      expect(parsed.kind, JSON.stringify(fields).slice(0, 80)).toBe('invalid');
      expect(parsed.kind === 'invalid' && parsed.message).toMatch(reason);
    }
  });

  it('never throws, even on objects whose getters throw', () => {
    const trap = {
      tote: BRIDGE_MARK,
      id: 'r1',
      get op(): string {
        throw new Error('boom');
      },
    };
    expect(parseBridgeMessage(trap)).toEqual({ kind: 'ignore' });
  });
});
