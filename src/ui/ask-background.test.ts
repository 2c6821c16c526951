import { describe, expect, it } from 'vitest';
import { createClient } from '../messaging/client.ts';
import { ErrorCode } from '../messaging/errors.ts';
import type { AuthStatus } from '../messaging/protocol.ts';
import { askBackground, RETRY_DELAYS_MS } from './ask-background.ts';

const guest: AuthStatus = { state: 'guest', canSignIn: true, staySignedIn: true, identityId: 'us-east-1:guest' };
const unreachable = { code: ErrorCode.CognitoUnavailable, message: 'Amazon Cognito could not be reached.', retryable: true };
const failureOf = (status: AuthStatus) => status.error;

/** A client answering `answers` in turn (the last one again and again), and the waits asked for. */
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

describe('askBackground', () => {
  it('asks again after a worker that stopped mid-call, and shows the answer that follows', async () => {
    const { client, waits, wait, calls } = scripted([new Error('The message port closed before a response was received.'), { ok: true, value: guest }]);
    await expect(askBackground(client, 'auth.status', {}, () => true, { wait })).resolves.toEqual({ state: 'ready', value: guest });
    expect(calls()).toBe(2);
    expect(waits).toEqual([RETRY_DELAYS_MS[0]]);
  });

  it('asks again while Cognito is out of reach, then shows the error it still gets', async () => {
    const failing: AuthStatus = { state: 'guest', canSignIn: true, staySignedIn: true, error: unreachable };
    const { client, waits, wait, calls } = scripted([{ ok: true, value: failing }]);
    await expect(askBackground(client, 'auth.status', {}, () => true, { failureOf, wait })).resolves.toEqual({ state: 'ready', value: failing });
    expect(calls()).toBe(1 + RETRY_DELAYS_MS.length);
    expect(waits).toEqual(RETRY_DELAYS_MS);
  });

  it('takes an answer as it is where no failureOf looks inside it', async () => {
    const failing: AuthStatus = { state: 'guest', canSignIn: true, staySignedIn: true, error: unreachable };
    const { client, waits, wait } = scripted([{ ok: true, value: failing }]);
    await expect(askBackground(client, 'auth.status', {}, () => true, { wait })).resolves.toEqual({ state: 'ready', value: failing });
    expect(waits).toEqual([]);
  });

  it('shows an error that trying again cannot fix at once', async () => {
    const refused = { code: ErrorCode.Forbidden, message: 'No.', retryable: false };
    const { client, waits, wait } = scripted([{ ok: false, error: refused }]);
    await expect(askBackground(client, 'status', {}, () => true, { wait })).resolves.toEqual({ state: 'error', error: refused });
    expect(waits).toEqual([]);
  });

  it('drops an answer a newer question replaced, and stops retrying for it', async () => {
    const answered = scripted([{ ok: true, value: guest }]);
    await expect(askBackground(answered.client, 'auth.status', {}, () => false)).resolves.toBeUndefined();
    let wanted = true;
    const retrying = scripted([new Error('gone')]);
    const stopWanting = async () => {
      wanted = false;
    };
    await expect(askBackground(retrying.client, 'auth.status', {}, () => wanted, { wait: stopWanting })).resolves.toBeUndefined();
    expect(retrying.calls()).toBe(1);
  });
});
