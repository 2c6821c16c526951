import { describe, expect, it } from 'vitest';
import { createClient } from './client.ts';
import { ErrorCode, ToteError } from './errors.ts';

describe('client', () => {
  it('sends an envelope and returns the reply as data', async () => {
    const sent: unknown[] = [];
    const client = createClient(async (message) => {
      sent.push(message);
      return { ok: true, value: { pong: true, instance: 'a', startedAt: 0 } };
    });
    await expect(client.call('ping', {})).resolves.toEqual({ ok: true, value: { pong: true, instance: 'a', startedAt: 0 } });
    expect(sent).toEqual([{ tote: 'tote/1', name: 'ping', request: {} }]);
  });

  it('turns a rejected send or a reply that is not a reply into background_unavailable', async () => {
    const rejecting = createClient(async () => {
      throw new Error('Receiving end does not exist.');
    });
    const reply = await rejecting.call('ping', {});
    expect(reply).toMatchObject({ ok: false, error: { code: ErrorCode.BackgroundUnavailable, retryable: true } });
    if (!reply.ok) expect(reply.error.message).toContain('Receiving end does not exist.');
    for (const answer of [undefined, {}, { ok: true }, { ok: 'yes', value: 1 }]) {
      await expect(createClient(async () => answer).call('ping', {})).resolves.toMatchObject({ ok: false, error: { code: ErrorCode.BackgroundUnavailable } });
    }
  });

  it('get() throws the error reply as a ToteError with its code', async () => {
    const client = createClient(async () => ({ ok: false, error: { code: 'forbidden', message: 'No.', retryable: false } }));
    const error = await client.get('status', {}).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ToteError);
    expect(error).toMatchObject({ code: 'forbidden', message: 'No.', retryable: false });
  });
});
