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
import { t } from '../../src/i18n/t.ts';
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
    throw new ToteError(ErrorCode.BadRequest, t('errorSaveAddressScheme', url.slice(0, 60)));
  }
  if (!URL.canParse(url)) throw new ToteError(ErrorCode.BadRequest, t('errorSaveAddressInvalid', url.slice(0, 60)));
  refuseOwnNetwork(url, pageUrl);
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'omit', redirect: 'manual', cache: 'force-cache' });
  } catch (error) {
    throw new ToteError(ErrorCode.Network, t('errorSaveUnreachable', hostOf(url)), {
      retryable: true,
      cause: error,
    });
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    await response.body?.cancel();
    throw new ToteError(ErrorCode.SourceRefused, t(expect === 'image' ? 'errorSaveImageRedirected' : 'errorSaveLinkRedirected', hostOf(url)));
  }
  if (!response.ok) {
    throw new ToteError(ErrorCode.SourceRefused, t(expect === 'image' ? 'errorSaveImageRefused' : 'errorSaveLinkRefused', response.status), {
      retryable: response.status >= 500,
    });
  }
  const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
  if (expect === 'image' && !/^image\//i.test(contentType)) {
    throw new ToteError(ErrorCode.BadRequest, t('errorSaveNotAnImage', contentType.split(';')[0] ?? contentType));
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
  throw new ToteError(ErrorCode.LocalNetwork, t('errorSaveLocalNetwork', hostOf(url)));
}

export function tooLarge(): ToteError {
  return new ToteError(ErrorCode.TooLarge, t('errorSaveTooLarge', MAX_SAVE_BYTES / 1024 / 1024));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || t('errorTheSite');
  } catch {
    return t('errorTheSite');
  }
}
