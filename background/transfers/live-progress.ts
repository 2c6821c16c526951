/**
 * Bytes still on the wire, per transfer: the requests that are sending now and how much of each
 * has left. Stored records count finished parts only (what a resume can trust); pages see both
 * added up. Changes are announced at most every `intervalMs`, so a fast link does not flood pages.
 */
import type { HttpRequest } from '@smithy/types';

/** Which request carries which transfer's bytes: a multipart part, or a single PUT of a key. */
export type RequestMatch = { uploadId: string; partNumber: number } | { singlePutOf: string };

export interface LiveProgress {
  /** While `body` runs, progress reported for the matching request counts for the transfer. */
  sending<T>(transferId: string, match: RequestMatch, body: () => Promise<T>): Promise<T>;
  /** Bytes of the transfer's requests in flight that have left so far. */
  inFlight(transferId: string): number;
  /** Feeds a transport's progress report (see background/s3/upload-transport.ts). */
  report(request: HttpRequest, bytesSent: number): void;
}

function matches(match: RequestMatch, request: HttpRequest): boolean {
  if ('singlePutOf' in match)
    return request.method === 'PUT' && request.query?.uploadId === undefined && safeDecode(request.path).endsWith(`/${match.singlePutOf}`);
  return request.query?.uploadId === match.uploadId && request.query?.partNumber === String(match.partNumber);
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function createLiveProgress(changed: () => void, intervalMs = 250): LiveProgress {
  const active = new Map<symbol, { transferId: string; match: RequestMatch; sent: number }>();
  let pending: ReturnType<typeof setTimeout> | undefined;
  const announce = () => {
    pending ??= setTimeout(() => {
      pending = undefined;
      changed();
    }, intervalMs);
  };
  return {
    async sending(transferId, match, body) {
      const slot = Symbol(transferId);
      active.set(slot, { transferId, match, sent: 0 });
      try {
        return await body();
      } finally {
        active.delete(slot);
      }
    },
    inFlight(transferId) {
      let sum = 0;
      for (const entry of active.values()) if (entry.transferId === transferId) sum += entry.sent;
      return sum;
    },
    report(request, bytesSent) {
      for (const entry of active.values()) {
        if (matches(entry.match, request)) {
          entry.sent = bytesSent;
          announce();
          return;
        }
      }
    },
  };
}
