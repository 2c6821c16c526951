/**
 * The sender policy of the protocol table: every entry has one of the allowed shapes, and content
 * scripts (untrusted: a compromised renderer can send whatever they can) may send exactly what
 * Tote's own release content scripts send. Widening that list is a deliberate, reviewed change:
 * edit CONTENT_SENDABLE here and say why in docs/security-senders.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { protocol } from './protocol.ts';

const root = resolve(import.meta.dirname, '..', '..');

/** bridge.ts asks `bridge.listed` once and forwards `bridge.request`; notice.ts's "Open in Tote" sends `page.openInTote`. */
const CONTENT_SENDABLE = ['bridge.listed', 'bridge.request', 'page.openInTote'];

const ALLOWED_SHAPES = [
  { pages: true, content: 'never' }, // extension pages only
  { pages: false, content: 'any-origin' }, // Tote's content scripts only (the page bridge)
  { pages: true, content: 'any-origin' }, // both ("Open in Tote" in the save notice)
];

/** The content scripts a release build ships (the probe is development-only: release-build.test.ts). */
const releaseContentScripts = readdirSync(join(root, 'content')).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'probe.ts');

describe('sender policies', () => {
  it.each(Object.entries(protocol))('%s has an allowed shape', (_name, entry) => {
    expect(ALLOWED_SHAPES).toContainEqual(entry.senders);
  });

  it('let content scripts send exactly what the release content scripts need', () => {
    const sendable = Object.entries(protocol)
      .filter(([, entry]) => entry.senders.content !== 'never')
      .map(([name]) => name);
    expect(sendable.sort()).toEqual(CONTENT_SENDABLE);
  });

  it('match what the release content scripts really send', () => {
    expect(releaseContentScripts.sort()).toEqual(['bridge.ts', 'notice.ts']);
    const sent = new Set<string>();
    for (const file of releaseContentScripts) {
      const text = readFileSync(join(root, 'content', file), 'utf8');
      // They talk to the background through sendToBackground only, each with a literal name.
      expect(text.match(/sendMessage|createClient/g), file).toBeNull();
      const calls = [...text.matchAll(/sendToBackground\(([^,)]*)/g)].map((match) => match[1] as string);
      expect(calls.length, file).toBeGreaterThan(0);
      for (const argument of calls) {
        expect(argument, `${file} names its message literally`).toMatch(/^'[a-zA-Z.]+'$/);
        sent.add(argument.slice(1, -1));
      }
    }
    expect([...sent].sort()).toEqual(CONTENT_SENDABLE);
  });

  it('keep development-only messages from content scripts', () => {
    const development = Object.keys(protocol).filter((name) => name.startsWith('dev.'));
    expect(development.length).toBeGreaterThan(0);
    for (const name of development) expect(protocol[name as keyof typeof protocol]?.senders.content).toBe('never');
  });
});
