import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { protocol } from '../../src/messaging/protocol.ts';
import { createPageIntegration } from '../page-integration.ts';
import { createHandlers } from './table.ts';

describe('the handler table', () => {
  const page = createPageIntegration(
    {
      access: async () => {
        throw new Error('not used');
      },
    },
    async () => undefined,
  );
  const handlers = createHandlers({
    instance: { id: 'i', startedAt: 0 },
    status: { version: '1', browser: 'chrome', development: true, loadSettings: async () => undefined },
    auth: {
      status: async () => ({ state: 'not-configured', canSignIn: false, staySignedIn: true }),
      signIn: async () => ({ state: 'not-configured', canSignIn: false, staySignedIn: true }),
      signOut: async () => ({ state: 'not-configured', canSignIn: false, staySignedIn: true }),
      beforeSettingsChange: async () => false,
      setStaySignedIn: async () => ({ state: 'not-configured', canSignIn: false, staySignedIn: false }),
    },
    settings: { view: async () => ({ defaults: false }), save: async () => undefined, inTurn: (change) => change() },
    s3: {
      access: async () => {
        throw new Error('not used');
      },
    },
    listings: {} as never,
    transfers: {} as never,
    badge: {} as never,
    diagnostics: {} as never,
    page: page.handlers,
    menuClicked: page.menuClicked,
    commanded: async () => undefined,
    notifications: { recent: () => [], clicked: () => undefined },
  });

  // Unit tests build as development builds (vitest.config.ts): the table has the development-only
  // entries too, so this also proves each of them has its handler.
  it('has exactly one handler per protocol entry, development-only ones included', () => {
    expect(Object.keys(protocol)).toContain('dev.menuClick');
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(protocol).sort());
    for (const handler of Object.values(handlers)) expect(typeof handler).toBe('function');
  });
});

describe('every protocol entry', () => {
  it.each(Object.entries(protocol))('%s has a strict request schema', (_name, entry) => {
    expect(entry.request.kind).toBe('schema');
    // An object schema: the router refuses every non-object request before the schema runs.
    expect(entry.request.type).toBe('strict_object');
    // Strict: an unknown key is refused.
    expect(v.safeParse(entry.request, { unexpectedKey: 1 }).success).toBe(false);
  });
});
