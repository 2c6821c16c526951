import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../src/messaging/client.ts';
import { serveZipStreams } from './zip-stream.ts';

// Node's URL gives a chrome-extension: URL no origin (Chrome does): an origin Node knows stands in.
const ORIGIN = 'https://tote.test';

/** The worker's global scope, as far as serveZipStreams uses it, with the zip stream served in it. */
function servingScope(): EventTarget {
  const scope = new EventTarget();
  vi.stubGlobal('addEventListener', scope.addEventListener.bind(scope));
  serveZipStreams(
    ORIGIN,
    createClient(async () => undefined),
  );
  return scope;
}

afterEach(() => vi.unstubAllGlobals());

describe('the zip stream in Chrome’s worker', () => {
  it('declares at install that only zip/stream needs the worker, every other file is read as is', () => {
    const scope = servingScope();
    const addRoutes = vi.fn(async () => undefined);
    const waitUntil = vi.fn();
    scope.dispatchEvent(Object.assign(new Event('install'), { addRoutes, waitUntil }));
    expect(addRoutes).toHaveBeenCalledWith([
      { condition: { urlPattern: { pathname: '/zip/stream' } }, source: 'fetch-event' },
      { condition: { urlPattern: { pathname: '/*' } }, source: 'network' },
    ]);
    expect(waitUntil).toHaveBeenCalledOnce();
  });

  it('installs where the browser has no static routing', () => {
    const scope = servingScope();
    const waitUntil = vi.fn();
    expect(() => scope.dispatchEvent(Object.assign(new Event('install'), { waitUntil }))).not.toThrow();
    expect(waitUntil).not.toHaveBeenCalled();
  });

  it('answers only its own path, leaving every other request to the browser', () => {
    const scope = servingScope();
    const respondWith = vi.fn();
    scope.dispatchEvent(Object.assign(new Event('fetch'), { request: new Request(`${ORIGIN}/popup/index.html`), respondWith }));
    scope.dispatchEvent(Object.assign(new Event('fetch'), { request: new Request('https://example.com/zip/stream'), respondWith }));
    expect(respondWith).not.toHaveBeenCalled();
    scope.dispatchEvent(Object.assign(new Event('fetch'), { request: new Request(`${ORIGIN}/zip/stream?job=nope`), respondWith }));
    expect(respondWith).toHaveBeenCalledOnce();
  });
});
