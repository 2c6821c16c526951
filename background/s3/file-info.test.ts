/** `s3.peek`, `s3.updateInfo` and `s3.exists` against a scripted client: what they send and answer. */
import { describe, expect, it } from 'vitest';
import { s3Failure, scriptedS3 } from '../../test/fakes/s3-commands.ts';
import type { HandlerContext } from '../router.ts';
import { existsHandler } from './exists.ts';
import { peekHandler, totalSize } from './peek.ts';
import { updateInfoHandler } from './update-info.ts';

const page: HandlerContext = { sender: { kind: 'page', url: 'chrome-extension://x/viewer/index.html' } };
const body = (text: string) => ({ transformToByteArray: async () => new TextEncoder().encode(text) });

describe('s3.peek', () => {
  it('asks for a range and reports the whole size and that it was cut', async () => {
    const { context, sent } = scriptedS3(() => ({ Body: body('hello'), ContentType: 'text/plain', ContentRange: 'bytes 0-4/12000' }));
    const start = await peekHandler(context)({ key: 'private/${identityId}/log.txt', bytes: 5 }, page);
    expect(sent).toEqual([{ name: 'GetObject', input: { Bucket: 'b', Key: 'private/me/log.txt', Range: 'bytes=0-4' } }]);
    expect({ ...start, bytes: new TextDecoder().decode(start.bytes) }).toEqual({
      key: 'private/me/log.txt',
      contentType: 'text/plain',
      size: 12000,
      bytes: 'hello',
      truncated: true,
    });
  });

  it('says a short object is whole, and an empty one is empty rather than an error', async () => {
    const whole = await peekHandler(scriptedS3(() => ({ Body: body('hi'), ContentRange: 'bytes 0-1/2' })).context)({ key: 'public/a.md', bytes: 100 }, page);
    expect(whole).toMatchObject({ size: 2, truncated: false });
    const empty = await peekHandler(
      scriptedS3(() => {
        throw s3Failure('InvalidRange', 416);
      }).context,
    )({ key: 'public/empty.txt', bytes: 100 }, page);
    expect(empty).toMatchObject({ size: 0, truncated: false });
  });

  it('calls a full range without Content-Range (hidden by CORS) possibly cut', async () => {
    const start = await peekHandler(scriptedS3(() => ({ Body: body('12345') })).context)({ key: 'public/a.log', bytes: 5 }, page);
    expect(start).toMatchObject({ size: 5, truncated: true });
  });

  it('names a missing object', async () => {
    await expect(
      peekHandler(
        scriptedS3(() => {
          throw s3Failure('NoSuchKey', 404);
        }).context,
      )({ key: 'public/gone.txt', bytes: 10 }, page),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it.each([
    ['bytes 0-9/100', 10, 100],
    [undefined, 7, 7],
    ['bytes */55', 0, 55],
  ])('reads the size from %s', (range, received, size) => {
    expect(totalSize(range, received)).toBe(size);
  });
});

describe('s3.updateInfo', () => {
  it('copies the object onto itself with the new type and metadata, keeping its other headers, only if unchanged', async () => {
    const { context, sent } = scriptedS3(({ name }) =>
      name === 'HeadObject' ? { ContentLength: 3, ETag: '"e1"', CacheControl: 'max-age=60', ContentType: 'text/plain', Metadata: { colour: 'blue' } } : {},
    );
    const info = await updateInfoHandler(context)({ key: 'private/${identityId}/a.txt', contentType: 'text/markdown', metadata: { owner: 'ann' } }, page);
    expect(sent.map((command) => command.name)).toEqual(['HeadObject', 'CopyObject', 'HeadObject']);
    expect(sent[1]?.input).toEqual({
      Bucket: 'b',
      Key: 'private/me/a.txt',
      CopySource: 'b/private/me/a.txt',
      CopySourceIfMatch: '"e1"',
      MetadataDirective: 'REPLACE',
      ContentType: 'text/markdown',
      Metadata: { owner: 'ann' },
      CacheControl: 'max-age=60',
    });
    expect(info.key).toBe('private/me/a.txt');
  });

  it('refuses an object over 5 GiB before copying anything', async () => {
    const { context, sent } = scriptedS3(() => ({ ContentLength: 6 * 1024 ** 3 }));
    await expect(updateInfoHandler(context)({ key: 'public/big.iso', contentType: 'application/x-iso9660-image', metadata: {} }, page)).rejects.toMatchObject({
      code: 'too_large',
    });
    expect(sent.map((command) => command.name)).toEqual(['HeadObject']);
  });

  it('says so when the object changed under it (the copy precondition failed)', async () => {
    const { context } = scriptedS3(({ name }) => {
      if (name === 'CopyObject') throw s3Failure('PreconditionFailed', 412);
      return { ETag: '"e1"' };
    });
    await expect(updateInfoHandler(context)({ key: 'public/a.txt', contentType: 'text/plain', metadata: {} }, page)).rejects.toThrow(/changed while/);
  });
});

describe('s3.exists', () => {
  it('answers the files a one-key listing starts with, and the folders with anything under them', async () => {
    const { context, sent } = scriptedS3(({ input }) => {
      const stored = ['private/me/a.txt', 'private/me/a.txt.bak', 'private/me/b.txt.old', 'private/me/full/x'];
      return {
        Contents: stored
          .filter((key) => key.startsWith(input.Prefix as string))
          .slice(0, 1)
          .map((Key) => ({ Key })),
      };
    });
    const reply = await existsHandler(context)(
      { keys: ['private/${identityId}/a.txt', 'private/me/b.txt', 'private/me/full/', 'private/me/empty/', 'private/me/a.txt'] },
      page,
    );
    // Answered as asked (the template stays a template); "b.txt.old" does not make "b.txt" taken.
    expect(reply.existing).toEqual(['private/${identityId}/a.txt', 'private/me/full/', 'private/me/a.txt']);
    expect(sent.every((command) => command.name === 'ListObjectsV2' && command.input.MaxKeys === 1)).toBe(true);
    expect(sent.length).toBe(5);
  });

  it('fails on a refusal rather than calling the key free', async () => {
    const { context } = scriptedS3(() => {
      throw s3Failure('AccessDenied', 403);
    });
    await expect(existsHandler(context)({ keys: ['private/someone-else/a.txt'] }, page)).rejects.toMatchObject({ code: 'access_denied' });
  });
});
