import { describe, expect, it } from 'vitest';
import { createClient, UNDELIVERED_RETRY_MS } from './client.ts';
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

  it('sends again a read that found no background, and only such a one', async () => {
    let sends = 0;
    const waits: number[] = [];
    const starting = createClient(
      async () => {
        if (++sends < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true, value: { pong: true, instance: 'b', startedAt: 1 } };
      },
      async (ms) => void waits.push(ms),
    );
    await expect(starting.call('ping', {})).resolves.toMatchObject({ ok: true });
    expect([sends, waits]).toEqual([3, UNDELIVERED_RETRY_MS.slice(0, 2)]);

    // A change is not sent again: Firefox uses the same words when its page stopped while acting on it.
    let changes = 0;
    const changing = createClient(
      async () => {
        changes++;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      async () => undefined,
    );
    await expect(changing.call('s3.move', { from: 'a', to: 'b' })).resolves.toMatchObject({ ok: false, error: { code: ErrorCode.BackgroundUnavailable } });
    expect(changes).toBe(1);

    // An answer lost after delivery is not sent again: the background may have acted on it.
    let lost = 0;
    const closing = createClient(
      async () => {
        lost++;
        throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
      },
      async () => undefined,
    );
    await expect(closing.call('ping', {})).resolves.toMatchObject({ ok: false, error: { code: ErrorCode.BackgroundUnavailable } });
    expect(lost).toBe(1);
  });

  it('turns a rejected send or a reply that is not a reply into background_unavailable', async () => {
    const rejecting = createClient(
      async () => {
        throw new Error('Receiving end does not exist.');
      },
      async () => undefined,
    );
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
