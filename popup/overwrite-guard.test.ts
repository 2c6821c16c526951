import { describe, expect, it } from 'vitest';
import { createClient } from '../src/messaging/client.ts';
import { guardOverwrites, type Answer } from './overwrite-guard.ts';

/** A client whose background knows `stored` keys; counts the s3.exists calls. */
function clientWith(stored: string[]) {
  const asked: string[][] = [];
  const client = createClient(async (message) => {
    const { name, request } = message as { name: string; request: { keys: string[] } };
    if (name !== 's3.exists') throw new Error(`unexpected ${name}`);
    asked.push(request.keys);
    return { ok: true, value: { existing: request.keys.filter((key) => stored.includes(key)) } };
  });
  return { client, asked };
}

describe('guardOverwrites', () => {
  it('asks nothing when nothing exists', async () => {
    const { client } = clientWith([]);
    expect(
      await guardOverwrites(client, ['a.txt', 'b.txt'], async () => {
        throw new Error('asked');
      }),
    ).toEqual(['a.txt', 'b.txt']);
  });

  it('asks per conflict, counting down, and follows each answer', async () => {
    const { client } = clientWith(['a.txt', 'b.txt', 'c.txt', 'c (1).txt']);
    const questions: Array<[string, number]> = [];
    const answers: Answer[] = [
      { choice: 'replace', applyToAll: false },
      { choice: 'skip', applyToAll: false },
      { choice: 'keep-both', applyToAll: false },
    ];
    const where = await guardOverwrites(client, ['a.txt', 'new.txt', 'b.txt', 'c.txt'], async (key, left) => {
      questions.push([key, left]);
      return answers.shift()!;
    });
    expect(questions).toEqual([
      ['a.txt', 3],
      ['b.txt', 2],
      ['c.txt', 1],
    ]);
    expect(where).toEqual(['a.txt', 'new.txt', undefined, 'c (2).txt']);
  });

  it('applies one answer to all the rest, and two kept copies never take the same name', async () => {
    const { client } = clientWith(['d/x.txt', 'd/y.txt', 'd/x (1).txt']);
    let questions = 0;
    const where = await guardOverwrites(client, ['d/x.txt', 'd/y.txt', 'd/y (1).txt'], async () => {
      questions++;
      return { choice: 'keep-both', applyToAll: true };
    });
    expect(questions).toBe(1);
    // "d/y (1).txt" is itself in the batch, so y's copy is numbered past it.
    expect(where).toEqual(['d/x (2).txt', 'd/y (2).txt', 'd/y (1).txt']);
  });

  it('fails when S3 cannot say what exists, rather than overwriting', async () => {
    const client = createClient(async () => ({ ok: false, error: { code: 'access_denied', message: 'You do not have access.', retryable: false } }));
    await expect(guardOverwrites(client, ['a.txt'], async () => ({ choice: 'replace', applyToAll: false }))).rejects.toThrow('You do not have access.');
  });
});
