import { describe, expect, it } from 'vitest';
import { fetchTarget, MAX_SAVE_BYTES } from './fetch-target.ts';

const PAGE = 'https://blog.example/post';
const answer = (body: BodyInit | null, init: ResponseInit) => (async () => new Response(body, init)) as unknown as typeof fetch;

describe('fetching what a page points at', () => {
  it('returns the bytes and type of an image', async () => {
    const fetched = await fetchTarget(
      'https://cdn.example/a.png',
      'image',
      PAGE,
      answer(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } }),
    );
    expect(fetched.contentType).toBe('image/png');
    expect([...new Uint8Array(await fetched.bytes.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('says the server refused, that it is not an image, or that it is too large — and refuses other schemes', async () => {
    await expect(fetchTarget('https://cdn.example/a.png', 'image', PAGE, answer('no', { status: 403 }))).rejects.toMatchObject({
      code: 'source_refused',
      message: expect.stringContaining('HTTP 403'),
    });
    await expect(fetchTarget('https://cdn.example/a.png', 'image', PAGE, answer('<html>', { headers: { 'content-type': 'text/html' } }))).rejects.toMatchObject(
      { code: 'bad_request', message: expect.stringContaining('not an image') },
    );
    await expect(
      fetchTarget('https://cdn.example/big', 'any', PAGE, answer('x', { headers: { 'content-length': String(MAX_SAVE_BYTES + 1) } })),
    ).rejects.toMatchObject({ code: 'too_large' });
    await expect(fetchTarget('file:///etc/passwd', 'any', PAGE, answer('x', {}))).rejects.toMatchObject({ code: 'bad_request' });
    await expect(fetchTarget('http://[', 'any', PAGE, answer('x', {}))).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringContaining('not a valid address'),
    });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(fetchTarget('https://cdn.example/a', 'any', PAGE, offline)).rejects.toMatchObject({ code: 'network', retryable: true });
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
    await expect(fetchTarget('https://cdn.example/endless', 'any', PAGE, answer(endless, {}))).rejects.toMatchObject({ code: 'too_large' });
    expect(sent).toBeLessThanOrEqual(MAX_SAVE_BYTES + 2 * chunk.byteLength);
  });

  /** A fetcher that records every request and answers `reply`. */
  function recording(reply: () => Response) {
    const requests: Array<{ url: string; init?: RequestInit }> = [];
    const fetcher = (async (url: string, init?: RequestInit) => {
      requests.push({ url, ...(init ? { init } : {}) });
      return reply();
    }) as unknown as typeof fetch;
    return { requests, fetcher };
  }

  it.each([
    ['metadata on a public page', 'http://169.254.169.254/latest/meta-data/iam/', PAGE],
    ['a router on a public page', 'http://192.168.1.1/', PAGE],
    ['loopback spelled in hex on a public page', 'http://0x7f000001:8080/admin', PAGE],
    ['an IPv4-mapped IPv6 address on a public page', 'http://[::ffff:10.0.0.1]/', PAGE],
    ['a .local name on a public page', 'http://printer.local/scan.png', PAGE],
    ['10.x from a page on loopback', 'http://10.0.0.7/secret.png', 'http://127.0.0.1:8080/save.html'],
    ['metadata from a page on loopback', 'http://169.254.169.254/latest/meta-data/', 'http://127.0.0.1:8080/save.html'],
    ['anything private when the page is unknown', 'http://10.0.0.7/a.png', undefined],
  ])('refuses %s without making any request', async (_label, url, page) => {
    const { requests, fetcher } = recording(() => new Response('secret', { headers: { 'content-type': 'image/png' } }));
    await expect(fetchTarget(url, 'any', page, fetcher)).rejects.toMatchObject({
      code: 'local_network',
      message: expect.stringContaining('Tote does not save from addresses on your own network'),
    });
    expect(requests).toEqual([]);
  });

  it('fetches from the same kind of network as the page (a development server on loopback)', async () => {
    const { requests, fetcher } = recording(() => new Response('ok', { headers: { 'content-type': 'image/png' } }));
    await expect(fetchTarget('http://localhost:9000/a.png', 'image', 'http://127.0.0.1:8080/save.html', fetcher)).resolves.toMatchObject({
      contentType: 'image/png',
    });
    expect(requests).toHaveLength(1);
  });

  it('stops at a redirect and refuses it, so the next address is never requested', async () => {
    // What browsers give an extension for `redirect: 'manual'`: an opaque redirect, no Location.
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null } as unknown as Response;
    const browserLike = recording(() => opaque);
    await expect(fetchTarget('https://cdn.example/a.png', 'image', PAGE, browserLike.fetcher)).rejects.toMatchObject({
      code: 'source_refused',
      message: expect.stringContaining('does not follow redirects'),
    });
    expect(browserLike.requests).toEqual([{ url: 'https://cdn.example/a.png', init: expect.objectContaining({ redirect: 'manual', credentials: 'omit' }) }]);
    // A visible 3xx (as Node's fetch answers) is not followed either, wherever its Location points.
    const visible = recording(() => new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } }));
    await expect(fetchTarget('https://cdn.example/a.png', 'image', PAGE, visible.fetcher)).rejects.toMatchObject({ code: 'source_refused' });
    expect(visible.requests.map((request) => request.url)).toEqual(['https://cdn.example/a.png']);
  });
});
