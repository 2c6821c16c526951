/**
 * Property: whatever a caller sends, the router answers with an error code (never throws, never
 * runs a handler with a malformed payload), keeps serving, and no reply carries a secret.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../src/browser.ts';
import { ErrorCode } from '../src/messaging/errors.ts';
import { protocol } from '../src/messaging/protocol.ts';
import { createRouter, type Handlers } from './router.ts';

const SECRET = 'SECRET-SESSION-TOKEN-0123456789';
const self = { id: 'ourid', origin: 'chrome-extension://ourid' };
const page: Runtime.MessageSender = { id: 'ourid', url: 'chrome-extension://ourid/popup/index.html' };
const content: Runtime.MessageSender = { id: 'ourid', url: 'https://example.com/', tab: { id: 1 } as never, frameId: 0 };

/** Every handler holds the secret and would leak it if it ever ran on a malformed request. */
const handlers = Object.fromEntries(Object.keys(protocol).map((name) => [name, async () => ({ leaked: SECRET })])) as unknown as Handlers;
const route = createRouter({ self, handlers });
const names = Object.keys(protocol);

/** Requests that are malformed for their message: wrong types, extra keys, hostile values. */
const malformedRequest = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: false, maxDepth: 3 }).filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)),
  fc.dictionary(fc.string({ minLength: 1 }).filter((key) => !['prefix', 'key', 'keys', 'folder', 'from', 'to', 'settings', 'delimiter', 'pageSize', 'continuationToken', 'expiresInSeconds'].includes(key)), fc.anything(), { minKeys: 1 }),
  fc.record({ prefix: fc.oneof(fc.integer(), fc.constant(null), fc.string({ minLength: 1025, maxLength: 1100 }), fc.constant('a\u0000b')) }),
  fc.record({ key: fc.oneof(fc.constant(''), fc.array(fc.string())), extra: fc.anything() }),
);

const malformedEnvelope = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.record({ tote: fc.string().filter((mark) => mark !== 'tote/1'), name: fc.constantFrom(...names), request: fc.constant({}) }),
  fc.record({ tote: fc.constant('tote/1'), name: fc.string().filter((n) => !names.includes(n)), request: fc.anything() }),
  fc.record({ tote: fc.constant('tote/1'), name: fc.constantFrom(...names), request: fc.anything(), sneaky: fc.anything() }),
);

describe('router under generated malformed input', () => {
  it('answers 1,500 malformed envelopes and requests with an error, and never runs a handler', async () => {
    const samples = [
      ...fc.sample(malformedEnvelope, 500),
      ...fc.sample(fc.tuple(fc.constantFrom(...names), malformedRequest), 1000).map(([name, request]) => ({ tote: 'tote/1', name, request })),
    ];
    for (const message of samples) {
      for (const sender of [page, content]) {
        const reply = await route(message, sender);
        const text = JSON.stringify(reply);
        expect(text).not.toContain(SECRET);
        expect(reply).toMatchObject({ ok: false, error: { code: expect.stringMatching(new RegExp(`^(${ErrorCode.BadRequest}|${ErrorCode.UnknownMessage}|${ErrorCode.Forbidden})$`)) } });
      }
    }
    // Still serving.
    await expect(route({ tote: 'tote/1', name: 'ping', request: {} }, page)).resolves.toEqual({ ok: true, value: { leaked: SECRET } });
  });
});
