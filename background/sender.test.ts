import { describe, expect, it } from 'vitest';
import { classifySender } from './sender.ts';

const self = { id: 'ourid', origin: 'chrome-extension://ourid' };

describe('classifySender', () => {
  it('recognises our popup and options pages, in a tab or not', () => {
    expect(classifySender({ id: 'ourid', url: 'chrome-extension://ourid/popup/index.html' }, self)).toEqual({
      kind: 'page',
      url: 'chrome-extension://ourid/popup/index.html',
    });
    expect(classifySender({ id: 'ourid', url: 'chrome-extension://ourid/options/index.html', tab: { id: 3 } as never, frameId: 0 }, self)?.kind).toBe('page');
  });

  it('recognises a content script in a tab by the origin the browser reports', () => {
    const sender = { id: 'ourid', url: 'https://example.com/a?b', origin: 'https://example.com', tab: { id: 7 } as never, frameId: 2 };
    expect(classifySender(sender, self)).toEqual({ kind: 'content', origin: 'https://example.com', url: 'https://example.com/a?b', tabId: 7, frameId: 2 });
  });

  it('falls back to the URL origin where the browser reports none (Firefox)', () => {
    expect(classifySender({ id: 'ourid', url: 'http://127.0.0.1:8080/x', tab: { id: 1 } as never, frameId: 0 }, self)).toMatchObject({
      kind: 'content',
      origin: 'http://127.0.0.1:8080',
    });
  });

  it('trusts the browser-reported origin over the URL', () => {
    const sender = { id: 'ourid', url: 'chrome-extension://ourid/popup/index.html', origin: 'https://evil.example', tab: { id: 1 } as never, frameId: 0 };
    expect(classifySender(sender, self)).toMatchObject({ kind: 'content', origin: 'https://evil.example' });
  });

  it('refuses other extensions, senders without a URL, and content without a tab', () => {
    expect(classifySender({ id: 'other', url: 'chrome-extension://other/x.html' }, self)).toBeUndefined();
    expect(classifySender({ id: 'ourid' }, self)).toBeUndefined();
    expect(classifySender({ id: 'ourid', url: 'https://example.com/' }, self)).toBeUndefined();
    expect(classifySender({ id: 'ourid', url: 'not a url', tab: { id: 1 } as never, frameId: 0 }, self)).toBeUndefined();
  });
});
