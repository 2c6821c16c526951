import { describe, expect, it } from 'vitest';
import { attachment, linkHeaders } from './link-headers.ts';

describe('what a shared link makes S3 answer with', () => {
  it.each([
    ['photo.png', 'image/png', 'image/png'],
    ['notes.txt', 'text/plain; charset=utf-8', 'text/plain; charset=utf-8'],
    ['data.json', 'application/json', 'application/json'],
    ['report.pdf', 'application/pdf', 'application/pdf'],
    ['clip.mp4', 'video/mp4', 'video/mp4'],
    // Parameters other than a plain charset are not carried into the pinned type.
    ['notes.txt', 'text/plain; charset="utf-8"; x=<script>', 'text/plain'],
    ['PHOTO', 'IMAGE/JPEG', 'image/jpeg'],
  ])('opens %s (%s) in the tab as %s, pinned in the link', (key, stored, pinned) => {
    expect(linkHeaders(`private/me/${key}`, stored, false)).toEqual({ ResponseContentType: pinned });
  });

  it.each([
    ['page.html', 'text/html'],
    ['drawing.svg', 'image/svg+xml'],
    ['feed.xml', 'application/xml'],
    ['doc.xhtml', 'application/xhtml+xml'],
    ['app.js', 'text/javascript'],
    ['saved.mhtml', 'multipart/related'],
    ['blob', 'application/octet-stream'],
    ['unknown', undefined],
    ['weird', 'text/html;charset=utf-8'],
    // A type the uploader chose may lie: the extension still makes it a download.
    ['page.html', 'text/plain'],
    ['drawing.SVG', 'image/png'],
    ['trick.htm', 'image/gif'],
    ['module.mjs', 'text/plain'],
    // A type that merely looks like a passive one.
    ['x', 'image/svg+xml; charset=utf-8'],
    ['x', 'text/plain-html'],
  ])('makes %s (%s) a download', (key, stored) => {
    expect(linkHeaders(`private/me/${key}`, stored, false)).toEqual({ ResponseContentDisposition: attachment(key) });
  });

  it('downloads whatever the type when asked to', () => {
    expect(linkHeaders('private/me/photo.png', 'image/png', true)).toEqual({
      ResponseContentDisposition: 'attachment; filename="photo.png"; filename*=UTF-8\'\'photo.png',
    });
  });

  it('names the file in RFC 6266 form: an ASCII fallback and the exact name in RFC 5987 encoding', () => {
    expect(attachment('a/b/Grüße "final" (2)*.html')).toBe(
      `attachment; filename="Gr__e _final_ (2)*.html"; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20%22final%22%20%282%29%2A.html`,
    );
    expect(attachment("it's 100%.txt")).toBe(`attachment; filename="it's 100_.txt"; filename*=UTF-8''it%27s%20100%25.txt`);
    expect(attachment('folder/')).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
  });
});
