import { describe, expect, it } from 'vitest';
import { createClient } from '../messaging/client.ts';
import { ErrorCode } from '../messaging/errors.ts';
import { askAuthStatus, RETRY_DELAYS_MS } from './ask-auth-status.ts';

const guest = { state: 'guest', canSignIn: true, staySignedIn: true, identityId: 'us-east-1:guest' };
const unreachable = { code: ErrorCode.CognitoUnavailable, message: 'Amazon Cognito could not be reached.', retryable: true };

/** A client answering `answers` in turn, and the waits asked for. */
function scripted(answers: unknown[]) {
  const waits: number[] = [];
  let calls = 0;
  const client = createClient(async () => {
    const answer = answers[Math.min(calls++, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return { client, waits, wait: async (ms: number) => void waits.push(ms), calls: () => calls };
}

describe('askAuthStatus', () => {
  it('asks again after a worker that stopped mid-call, and shows the answer that follows', async () => {
    const { client, waits, wait, calls } = scripted([new Error('The message port closed before a response was received.'), { ok: true, value: guest }]);
    await expect(askAuthStatus(client, () => true, wait)).resolves.toEqual({ state: 'ready', status: guest });
    expect(calls()).toBe(2);
    expect(waits).toEqual([RETRY_DELAYS_MS[0]]);
  });

  it('asks again while Cognito is out of reach, then shows the error it still gets', async () => {
    const failing = { ...guest, identityId: undefined, error: unreachable };
    const { client, waits, wait, calls } = scripted([{ ok: true, value: failing }]);
    await expect(askAuthStatus(client, () => true, wait)).resolves.toEqual({ state: 'ready', status: failing });
    expect(calls()).toBe(1 + RETRY_DELAYS_MS.length);
    expect(waits).toEqual(RETRY_DELAYS_MS);
  });

  it('shows an error that trying again cannot fix at once', async () => {
    const refused = { code: ErrorCode.Forbidden, message: 'No.', retryable: false };
    const { client, waits, wait } = scripted([{ ok: false, error: refused }]);
    await expect(askAuthStatus(client, () => true, wait)).resolves.toEqual({ state: 'error', error: refused });
    expect(waits).toEqual([]);
  });

  it('drops an answer a newer question replaced, and stops retrying for it', async () => {
    const { client, wait, calls } = scripted([{ ok: true, value: guest }]);
    await expect(askAuthStatus(client, () => false, wait)).resolves.toBeUndefined();
    let wanted = true;
    const retrying = scripted([new Error('gone')]);
    const answer = askAuthStatus(
      retrying.client,
      () => wanted,
      async () => {
        wanted = false;
      },
    );
    await expect(answer).resolves.toBeUndefined();
    expect(retrying.calls()).toBe(1);
    expect(calls()).toBe(1);
  });
});
