import { describe, expect, it } from 'vitest';
import { fetchTarget, MAX_SAVE_BYTES } from './fetch-target.ts';

const answer = (body: BodyInit | null, init: ResponseInit) => (async () => new Response(body, init)) as unknown as typeof fetch;

describe('fetching what a page points at', () => {
  it('returns the bytes and type of an image', async () => {
    const fetched = await fetchTarget('https://cdn.example/a.png', 'image', answer(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } }));
    expect(fetched.contentType).toBe('image/png');
    expect([...new Uint8Array(await fetched.bytes.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it("says the server refused, that it is not an image, or that it is too large — and refuses other schemes", async () => {
    await expect(fetchTarget('https://cdn.example/a.png', 'image', answer('no', { status: 403 }))).rejects.toMatchObject({ code: 'source_refused', message: expect.stringContaining('HTTP 403') });
    await expect(fetchTarget('https://cdn.example/a.png', 'image', answer('<html>', { headers: { 'content-type': 'text/html' } }))).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('not an image') });
    await expect(fetchTarget('https://cdn.example/big', 'any', answer('x', { headers: { 'content-length': String(MAX_SAVE_BYTES + 1) } }))).rejects.toMatchObject({ code: 'too_large' });
    await expect(fetchTarget('file:///etc/passwd', 'any', answer('x', {}))).rejects.toMatchObject({ code: 'bad_request' });
    const offline = (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch;
    await expect(fetchTarget('https://cdn.example/a', 'any', offline)).rejects.toMatchObject({ code: 'network', retryable: true });
  });

  it('cuts off a body that grows past the limit without a declared length', async () => {
    const chunk = new Uint8Array(8 * 1024 * 1024);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    await expect(fetchTarget('https://cdn.example/endless', 'any', answer(endless, {}))).rejects.toMatchObject({ code: 'too_large' });
    expect(sent).toBeLessThanOrEqual(MAX_SAVE_BYTES + 2 * chunk.byteLength);
  });
});
