import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexedDatabase, openEarly } from './database.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('opening a database early', () => {
  it('opens it at once, and its requests use that connection', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    openEarly('tote-listings');
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]?.[0]).toBe('tote-listings');
    const pages = indexedDatabase('tote-listings')('pages');
    await pages.put({ key: 'a', rows: 1 });
    expect(await pages.get('a')).toEqual({ key: 'a', rows: 1 });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('leaves a failed open to the first request, which opens again', async () => {
    const failing = { error: new DOMException('The disk is full.', 'QuotaExceededError') } as unknown as IDBOpenDBRequest;
    const open = vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
      setTimeout(() => failing.onerror?.call(failing, new Event('error')));
      return failing;
    });
    openEarly('tote-transfers');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const records = indexedDatabase('tote-transfers')('records');
    await records.put({ id: 'one', state: 'queued' });
    expect(await records.keys()).toEqual(['one']);
    expect(open).toHaveBeenCalledTimes(2);
  });
});
