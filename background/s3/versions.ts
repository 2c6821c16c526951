/**
 * `s3.versioning`: whether the bucket keeps versions. `s3.versions`: one file's versions, newest
 * first. Both only read; a bucket without versioning lists each key's one version as "null".
 */
import { GetBucketVersioningCommand } from '@aws-sdk/client-s3';
import type { ObjectVersion } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import { versionsUnder } from './object-versions.ts';
import type { S3Context } from './s3-context.ts';

/** More versions than a person reads through; the reply says when there were more. */
const MAX_VERSIONS = 1000;

export function versioningHandler(context: S3Context): Handler<'s3.versioning'> {
  return async () => {
    const access = await context.access();
    try {
      const answer = await access.client.send(new GetBucketVersioningCommand({ Bucket: access.bucket }));
      return { enabled: answer.Status === 'Enabled' };
    } catch (error) {
      throw access.failure(error);
    }
  };
}

export function versionsHandler(context: S3Context): Handler<'s3.versions'> {
  return async (request) => {
    const access = await context.access();
    const key = access.resolve(request.key);
    const versions: ObjectVersion[] = [];
    try {
      for await (const page of versionsUnder(access.client, access.bucket, key)) {
        versions.push(...page.filter((entry) => entry.key === key).map(({ key: _, ...version }) => version));
        // Versions of one key come together, so the key's entries have all arrived once a page moves past it.
        if (versions.length > MAX_VERSIONS || page.some((entry) => entry.key > key)) break;
      }
    } catch (error) {
      throw access.failure(error, key);
    }
    versions.sort((a, b) => Number(b.latest) - Number(a.latest) || b.lastModified - a.lastModified);
    return { key, versions: versions.slice(0, MAX_VERSIONS), truncated: versions.length > MAX_VERSIONS };
  };
}
