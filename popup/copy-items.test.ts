import { describe, expect, it } from 'vitest';
import { createClient } from '../src/messaging/client.ts';
import { copyItems } from './copy-items.ts';

/** A background holding `stored` keys that copies, moves, lists and deletes them in memory. */
function bucket(stored: string[], failOn?: string) {
  const keys = new Set(stored);
  const client = createClient(async (message) => {
    const { name, request } = message as { name: string; request: Record<string, string> };
    const from = request.from as string;
    if (failOn !== undefined && from === failOn) return { ok: false, error: { code: 'access_denied', message: 'Refused.', retryable: false } };
    switch (name) {
      case 's3.list':
        return {
          ok: true,
          value: {
            prefix: request.prefix,
            folders: [],
            objects: [...keys]
              .filter((key) => key.startsWith(request.prefix as string))
              .sort()
              .map((key) => ({ key, size: 1, lastModified: 0 })),
          },
        };
      case 's3.copy':
      case 's3.move':
        keys.add(request.to as string);
        if (name === 's3.move') keys.delete(from);
        return { ok: true, value: { count: 1, to: request.to } };
      case 's3.createFolder':
        keys.add(request.folder as string);
        return { ok: true, value: { folder: request.folder } };
      case 's3.delete':
        for (const key of request.keys as unknown as string[]) keys.delete(key);
        return { ok: true, value: { deleted: 1, refused: [], refusedCount: 0 } };
      default:
        throw new Error(name);
    }
  });
  return { client, keys };
}

const file = (key: string) => ({ kind: 'file' as const, key, name: key.slice(key.lastIndexOf('/') + 1) });
const folder = (key: string) => ({ kind: 'folder' as const, key, name: key.slice(0, -1).slice(key.slice(0, -1).lastIndexOf('/') + 1) });

describe('copyItems', () => {
  it('copies files and whole folders (marker objects included), reporting each object', async () => {
    const { client, keys } = bucket(['me/a.txt', 'me/photos/', 'me/photos/1.jpg', 'me/photos/2024/2.jpg', 'me/photosx.txt']);
    const seen: string[] = [];
    const count = await copyItems(
      client,
      [
        { entry: file('me/a.txt'), to: 'me/archive/a.txt' },
        { entry: folder('me/photos/'), to: 'me/archive/photos/' },
      ],
      false,
      (p) => seen.push(`${p.done}/${p.total}`),
    );
    expect(count).toBe(4);
    expect(seen).toEqual(['0/4', '1/4', '2/4', '3/4', '4/4']);
    expect([...keys].filter((key) => key.startsWith('me/archive/')).sort()).toEqual([
      'me/archive/a.txt',
      'me/archive/photos/',
      'me/archive/photos/1.jpg',
      'me/archive/photos/2024/2.jpg',
    ]);
    expect(keys.has('me/photos/1.jpg')).toBe(true);
  });

  it('moves: the originals go, "photosx.txt" beside the folder stays', async () => {
    const { client, keys } = bucket(['me/photos/', 'me/photos/1.jpg', 'me/photosx.txt']);
    await copyItems(client, [{ entry: folder('me/photos/'), to: 'me/old/' }], true, () => undefined);
    expect([...keys].sort()).toEqual(['me/old/', 'me/old/1.jpg', 'me/photosx.txt']);
  });

  it('stops at a refusal, says how far it got, and a second run finishes the move', async () => {
    const stored = ['me/d/1', 'me/d/2', 'me/d/3'];
    const first = bucket(stored, 'me/d/2');
    await expect(copyItems(first.client, [{ entry: folder('me/d/'), to: 'me/e/' }], true, () => undefined)).rejects.toThrow(
      /^Refused\. \d of 3 done; try again to carry on\.$/,
    );
    const again = bucket([...first.keys]);
    await copyItems(again.client, [{ entry: folder('me/d/'), to: 'me/e/' }], true, () => undefined);
    expect([...again.keys].sort()).toEqual(['me/e/1', 'me/e/2', 'me/e/3']);
  });

  it('after a failure takes no more objects, and throws only once the lanes in flight have finished', async () => {
    const keys = Array.from({ length: 40 }, (_, index) => `me/many/${String(index).padStart(2, '0')}`);
    const { client: inner } = bucket(keys, 'me/many/01');
    let inFlight = 0;
    let sentAfterFailure = 0;
    let failed = false;
    const client = createClient(async (message) => {
      if (failed) sentAfterFailure++;
      inFlight++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      const { name, request } = message as { name: Parameters<typeof inner.call>[0]; request: never };
      const reply = await inner.call(name, request);
      if (!reply.ok) failed = true;
      inFlight--;
      return reply;
    });
    const outcome = await copyItems(client, [{ entry: folder('me/many/'), to: 'me/moved/' }], true, () => undefined).catch((error: Error) => error);
    expect(outcome).toBeInstanceOf(Error);
    expect(inFlight).toBe(0);
    // Only the calls already under way when the refusal came (three other lanes) were answered after it.
    expect(sentAfterFailure).toBeLessThanOrEqual(3);
    expect((outcome as Error).message).toMatch(/^Refused\. \d+ of 40 done; try again to carry on\.$/);
  });
});
