import { describe, expect, it } from 'vitest';
import { spool } from './spool.ts';

function chunks(sizes: number[]): ReadableStream<Uint8Array> {
  let n = 0;
  return new ReadableStream({
    pull(controller) {
      const size = sizes.shift();
      if (size === undefined) return controller.close();
      controller.enqueue(Uint8Array.from({ length: size }, () => n++ % 251));
    },
  });
}

describe('spool', () => {
  it('keeps every byte in order across pieces', async () => {
    const blob = await spool(chunks([3, 5, 7, 1, 0, 9]), 'application/zip', 4);
    expect(blob.type).toBe('application/zip');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual(Array.from({ length: 25 }, (_, i) => i % 251));
  });

  it('makes an empty file of an empty stream', async () => {
    expect((await spool(chunks([]), 'application/zip')).size).toBe(0);
  });

  it('fails when the stream fails, rather than making a short file', async () => {
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(4));
        controller.error(new Error('cut off'));
      },
    });
    await expect(spool(failing, 'application/zip', 2)).rejects.toThrow('cut off');
  });
});
