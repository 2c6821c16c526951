/**
 * Fetches an image or link target from the background (the extension's origin): the page cannot
 * see or change this request, and it carries no Tote credential. Bytes are capped while they
 * arrive, so a huge or endless answer is cut off instead of filling memory.
 *
 * The page chose the address, and the background can reach what the page cannot (the user's
 * router, printer, cloud metadata): an address on the user's own network is refused unless the
 * page is on the same kind of network (network-class.ts). Redirects are not followed: a fetch
 * never shows an extension where a redirect leads (`redirect: 'manual'` answers an opaque
 * redirect with no Location, by the Fetch standard's atomic redirect handling), and following
 * blindly (`'follow'`, then looking at `response.url`) would already have sent the request. So the
 * fetch stops at the redirect, and the save is refused before the next address is requested.
 */
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { mayFetchFrom } from './network-class.ts';

/** Largest thing saved from a page (held in memory before the upload). */
export const MAX_SAVE_BYTES = 64 * 1024 * 1024;

export interface Fetched {
  bytes: Blob;
  contentType: string;
}

/** `pageUrl`: the page the user right-clicked on (the browser's, never the page's own word). */
export async function fetchTarget(url: string, expect: 'image' | 'any', pageUrl: string | undefined, fetcher: typeof fetch = fetch): Promise<Fetched> {
  if (!/^(https?|data|blob):/i.test(url)) {
    throw new ToteError(ErrorCode.BadRequest, `Tote can only save http(s) and data addresses, not "${url.slice(0, 60)}".`);
  }
  if (!URL.canParse(url)) throw new ToteError(ErrorCode.BadRequest, `"${url.slice(0, 60)}" is not a valid address; nothing was saved.`);
  refuseOwnNetwork(url, pageUrl);
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'omit', redirect: 'manual', cache: 'force-cache' });
  } catch (error) {
    throw new ToteError(ErrorCode.Network, `Tote could not reach ${hostOf(url)} to fetch it. Check the connection, or whether Tote may access that site.`, {
      retryable: true,
      cause: error,
    });
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    await response.body?.cancel();
    throw new ToteError(
      ErrorCode.SourceRefused,
      `${hostOf(url)} answered with a redirect to another address. Tote does not follow redirects when saving from a page, because it cannot check where they lead first. Open the ${expect === 'image' ? 'image' : 'link'} in its own tab and save it from its final address.`,
    );
  }
  if (!response.ok) {
    throw new ToteError(
      ErrorCode.SourceRefused,
      `The ${expect === 'image' ? "image's" : "link's"} server refused (HTTP ${response.status}). Open it in a tab to see why.`,
      { retryable: response.status >= 500 },
    );
  }
  const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
  if (expect === 'image' && !/^image\//i.test(contentType)) {
    throw new ToteError(ErrorCode.BadRequest, `The server sent ${contentType.split(';')[0]}, not an image; nothing was saved.`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_SAVE_BYTES) throw tooLarge();
  return { bytes: await readCapped(response), contentType };
}

async function readCapped(response: Response): Promise<Blob> {
  if (response.body === null) return new Blob([]);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_SAVE_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[]);
}

/** Throws when `url` is on the user's own network and the page is not on that kind of network. */
function refuseOwnNetwork(url: string, pageUrl: string | undefined): void {
  if (mayFetchFrom(url, pageUrl)) return;
  throw new ToteError(
    ErrorCode.LocalNetwork,
    `Tote does not save from addresses on your own network (${hostOf(url)}) for a page that is not on it: a web page could otherwise make Tote read your router, printer or cloud metadata. If you trust this address, open it in its own tab and save from there.`,
  );
}

export function tooLarge(): ToteError {
  return new ToteError(
    ErrorCode.TooLarge,
    `This is larger than ${MAX_SAVE_BYTES / 1024 / 1024} MiB, the most Tote saves from a page. Download it and upload it from Tote's popup instead.`,
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || 'the site';
  } catch {
    return 'the site';
  }
}
