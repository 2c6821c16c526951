import { describe, expect, it, vi } from 'vitest';
import { ErrorCode, ToteError } from '../src/messaging/errors.ts';
import type { Runtime } from '../src/browser.ts';
import { protocol } from '../src/messaging/protocol.ts';
import { createRouter, type Handlers } from './router.ts';

const self = { id: 'ourid', origin: 'chrome-extension://ourid' };
const page: Runtime.MessageSender = { id: 'ourid', url: 'chrome-extension://ourid/popup/index.html' };
const content: Runtime.MessageSender = { id: 'ourid', url: 'https://example.com/', tab: { id: 1 } as never, frameId: 0 };

function router(overrides: Partial<Handlers> = {}) {
  const handlers = {
    // Every message has a handler in the background (handlers/table.test.ts); unstubbed ones fail loudly.
    ...Object.fromEntries(
      Object.keys(protocol).map((name) => [
        name,
        async () => {
          throw new Error(`${name} is not stubbed`);
        },
      ]),
    ),
    ping: async () => ({ pong: true, instance: 'i-1', startedAt: 1 }),
    status: async () => ({ version: '1', browser: 'chrome', development: false, configured: false }),
    ...overrides,
  } as Handlers;
  return createRouter({ self, handlers });
}

const envelope = (name: unknown, request: unknown) => ({ tote: 'tote/1', name, request });

describe('router', () => {
  it('answers a valid request from an extension page', async () => {
    await expect(router()(envelope('ping', {}), page)).resolves.toEqual({ ok: true, value: { pong: true, instance: 'i-1', startedAt: 1 } });
  });

  it('does not answer other extensions at all', () => {
    expect(router()(envelope('ping', {}), { id: 'someone-else', url: 'chrome-extension://x/y' })).toBeUndefined();
  });

  it.each([
    ['a non-object', 'ping'],
    ['null', null],
    ['an array', [1, 2]],
    ['a missing mark', { name: 'ping', request: {} }],
    ['an extra envelope key', { ...envelope('ping', {}), admin: true }],
    ['a non-string name', envelope(42, {})],
    ['a huge name', envelope('p'.repeat(1_000_000), {})],
  ])('refuses %s as bad_request', async (_label, message) => {
    const reply = await router()(message, page);
    expect(reply).toMatchObject({ ok: false, error: { code: ErrorCode.BadRequest, retryable: false } });
    if (reply && !reply.ok) expect(reply.error.message.length).toBeLessThan(400);
  });

  it.each(['nope', '__proto__', 'toString', 'constructor'])('refuses the unknown name %s', async (name) => {
    await expect(router()(envelope(name, {}), page)).resolves.toMatchObject({ ok: false, error: { code: ErrorCode.UnknownMessage } });
  });

  it.each([
    ['extra keys', { extra: 1 }],
    ['a wrong type', 'hello'],
    ['a huge string', { x: 'y'.repeat(5_000_000) }],
    ['nothing', undefined],
    ['an array', []],
    ['null', null],
  ])('refuses a payload with %s as bad_request', async (_label, request) => {
    const reply = await router()(envelope('ping', request), page);
    expect(reply).toMatchObject({ ok: false, error: { code: ErrorCode.BadRequest } });
    if (reply && !reply.ok) expect(reply.error.message).toContain('"ping"');
  });

  it('refuses an s3.delete that names both keys and a folder, or neither', async () => {
    for (const request of [{}, { keys: ['a'], folder: 'b/' }]) {
      await expect(router()(envelope('s3.delete', request), page)).resolves.toMatchObject({
        ok: false,
        error: { code: ErrorCode.BadRequest, message: expect.stringContaining('either') },
      });
    }
  });

  it('lets content scripts send any-origin messages and forbids the rest before reading the payload', async () => {
    const status = vi.fn();
    const listed = vi.fn(async () => ({ listed: true }));
    const route = router({ status, 'bridge.listed': listed });
    await expect(route(envelope('bridge.listed', {}), content)).resolves.toEqual({ ok: true, value: { listed: true } });
    const reply = await route(envelope('status', { malformed: true }), content);
    expect(reply).toMatchObject({ ok: false, error: { code: ErrorCode.Forbidden } });
    if (reply && !reply.ok) expect(reply.error.message).toContain('https://example.com');
    expect(status).not.toHaveBeenCalled();
  });

  it('forbids content scripts every S3 message, whatever settings grant their origin: pages go through the bridge', async () => {
    const handlers = { 's3.list': vi.fn(), 's3.get': vi.fn(), 's3.put': vi.fn(), 's3.presign': vi.fn(), ping: vi.fn() };
    const route = router(handlers as unknown as Partial<Handlers>);
    for (const [name, request] of [
      ['s3.list', { prefix: 'private/${identityId}/inbox/' }],
      ['s3.get', { key: 'private/${identityId}/inbox/a' }],
      ['s3.put', { key: 'private/${identityId}/inbox/a', body: new Blob(['x']) }],
      ['s3.presign', { key: 'private/${identityId}/inbox/a', expiresInSeconds: 60 }],
      ['ping', {}],
    ] as const) {
      const reply = await route(envelope(name, request), content);
      expect(reply, name).toMatchObject({ ok: false, error: { code: ErrorCode.Forbidden, retryable: false } });
      if (reply && !reply.ok) expect(reply.error.message).toContain('page bridge');
    }
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('forbids extension pages the messages only content scripts send', async () => {
    const bridge = vi.fn();
    const reply = await router({ 'bridge.request': bridge })(envelope('bridge.request', { op: 'list' }), page);
    expect(reply).toMatchObject({ ok: false, error: { code: ErrorCode.Forbidden } });
    expect(bridge).not.toHaveBeenCalled();
  });

  it('treats a message without a handler as unknown, never as a method of Object.prototype', async () => {
    const route = createRouter({ self, handlers: { ping: async () => ({ pong: true, instance: 'i', startedAt: 1 }) } as unknown as Handlers });
    await expect(route(envelope('s3.list', { prefix: '' }), page)).resolves.toMatchObject({ ok: false, error: { code: ErrorCode.UnknownMessage } });
    await expect(route(envelope('ping', {}), page)).resolves.toMatchObject({ ok: true });
  });

  it('passes a handler ToteError through as data, and hides unexpected errors behind internal', async () => {
    const denied = router({
      ping: async () => {
        throw new ToteError(ErrorCode.NotConfigured, 'Set up Tote first.');
      },
    });
    await expect(denied(envelope('ping', {}), page)).resolves.toEqual({
      ok: false,
      error: { code: 'not_configured', message: 'Set up Tote first.', retryable: false },
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = router({
      ping: async () => {
        throw new TypeError('secret detail');
      },
    });
    const reply = await broken(envelope('ping', {}), page);
    expect(reply).toMatchObject({ ok: false, error: { code: ErrorCode.Internal, retryable: true } });
    expect(JSON.stringify(reply)).not.toContain('secret detail');
  });

  it('keeps serving after malformed input', async () => {
    const route = router();
    await route(undefined, page);
    await route(envelope('ping', 'x'), page);
    await expect(route(envelope('ping', {}), page)).resolves.toMatchObject({ ok: true });
  });
});
