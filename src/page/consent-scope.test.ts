import { describe, expect, it } from 'vitest';
import type { ContentScope } from '../settings/schema.ts';
import { consentWindowQuery, covers, grantOf, parseConsentWindowQuery, type Grant } from './consent-scope.ts';

const APP = 'https://app.example';
const notes: Grant = { prefix: 'private/${identityId}/notes/', allow: ['list', 'get'] };

describe('what a consent covers', () => {
  it("takes an origin's grant from settings: its prefixes with their operations, merged and in order", () => {
    const scopes: ContentScope[] = [
      { origin: APP, prefix: 'private/${identityId}/notes/', allow: ['get', 'list', 'get'] },
      { origin: 'https://other.example', prefix: 'public/', allow: ['put'] },
      { origin: APP, prefix: 'public/shared/', allow: ['get'] },
      { origin: APP, prefix: 'private/${identityId}/notes/', allow: ['put'] },
    ];
    expect(grantOf(scopes, APP)).toEqual([
      { prefix: 'private/${identityId}/notes/', allow: ['list', 'get', 'put'] },
      { prefix: 'public/shared/', allow: ['get'] },
    ]);
    expect(grantOf(scopes, 'https://app.example:8443')).toEqual([]);
  });

  it('covers the same grant, and any narrower one (fewer operations, a deeper prefix, fewer prefixes)', () => {
    const consented: Grant[] = [notes, { prefix: 'public/', allow: ['get'] }];
    expect(covers(consented, consented)).toBe(true);
    expect(covers(consented, [{ prefix: notes.prefix, allow: ['list'] }])).toBe(true);
    expect(covers(consented, [{ prefix: 'private/${identityId}/notes/2026/', allow: ['get'] }])).toBe(true);
    expect(covers(consented, [{ prefix: 'public/shared/', allow: ['get'] }])).toBe(true);
    expect(covers(consented, [])).toBe(true);
  });

  it('does not cover a widened grant: a new operation, a new or wider prefix', () => {
    expect(covers([notes], [{ prefix: notes.prefix, allow: ['list', 'get', 'put'] }])).toBe(false);
    expect(covers([notes], [notes, { prefix: 'public/', allow: ['list'] }])).toBe(false);
    expect(covers([notes], [{ prefix: 'private/${identityId}/', allow: ['list'] }])).toBe(false);
    // A prefix that merely starts like the consented folder's name is another folder.
    expect(covers([{ prefix: 'private/${identityId}/notes/', allow: ['get'] }], [{ prefix: 'private/${identityId}/notes-old/', allow: ['get'] }])).toBe(false);
    // A consent that recorded no scope (or a damaged one) covers nothing.
    expect(covers([], [notes])).toBe(false);
  });

  it("carries the question in the consent window's URL, and refuses a URL that lacks or garbles it", () => {
    const question = { id: 'q1', origin: APP, scope: [notes] };
    expect(parseConsentWindowQuery(`?${consentWindowQuery(question)}`)).toEqual(question);
    expect(parseConsentWindowQuery(`?origin=${encodeURIComponent(APP)}`)).toBeUndefined();
    expect(parseConsentWindowQuery(`?question=q1&origin=${encodeURIComponent(APP)}&scope=%5B`)).toBeUndefined();
    expect(
      parseConsentWindowQuery(`?question=q1&origin=${encodeURIComponent(APP)}&scope=${encodeURIComponent('[{"prefix":"a/","allow":["delete"]}]')}`),
    ).toBeUndefined();
    expect(parseConsentWindowQuery(`?question=q1&origin=${encodeURIComponent(APP)}&scope=%5B%5D`)).toBeUndefined();
  });
});
