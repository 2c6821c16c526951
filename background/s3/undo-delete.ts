/**
 * `s3.undoDelete`: in a versioned bucket a delete only stacks a delete marker on each key; removing
 * that marker (DeleteObject with its version id) shows the version below it again. Only markers
 * that are still the latest version and were made since the delete started are removed: a key
 * written again meanwhile, or deleted long before, is left as it is.
 */
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import type { ObjectVersion } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import { versionsUnder } from './object-versions.ts';
import type { S3Context } from './s3-context.ts';

/** S3 stamps markers with its own clock, the popup's `since` is the computer's: allow for a small difference. */
export const CLOCK_ALLOWANCE_MS = 30_000;

type Entry = ObjectVersion & { key: string };

/** The markers to remove among `entries`: latest, a delete marker, recent, and (for keys) one asked for. */
export function markersToRemove(entries: readonly Entry[], since: number, keys?: ReadonlySet<string>): Entry[] {
  return entries.filter(
    (entry) => entry.latest && entry.deleteMarker && entry.lastModified >= since - CLOCK_ALLOWANCE_MS && (keys === undefined || keys.has(entry.key)),
  );
}

export function undoDeleteHandler(context: S3Context): Handler<'s3.undoDelete'> {
  return async (request) => {
    const access = await context.access();
    const resolve = access.resolve;
    const keys = request.keys?.map(resolve);
    let restored = 0;
    const undo = async (prefix: string, only?: ReadonlySet<string>) => {
      for await (const page of versionsUnder(access.client, access.bucket, prefix)) {
        for (const marker of markersToRemove(page, request.since, only)) {
          await access.client.send(new DeleteObjectCommand({ Bucket: access.bucket, Key: marker.key, VersionId: marker.versionId }));
          restored++;
        }
      }
    };
    try {
      if (keys === undefined) await undo(resolve(request.folder ?? ''));
      else for (const key of keys) await undo(key, new Set([key]));
    } catch (error) {
      throw access.failure(error, keys?.[0] ?? resolve(request.folder ?? ''));
    }
    return { restored };
  };
}
