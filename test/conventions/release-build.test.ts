/**
 * Development-only code never ships: the release build (scripts/build.ts --release), for both
 * browsers, has no probe content script, no loopback host access, no pinned key, and no bundle
 * that names a development-only message or carries the probe's or the dev handlers' code.
 * Dead code is dropped at build time (src/messaging/protocol.ts), not merely refused at run time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBE_MATCHES } from '../../scripts/build/manifest.ts';

const root = resolve(import.meta.dirname, '..', '..');
/** Source files that only development builds may carry. */
const DEVELOPMENT_SOURCES = ['content/probe.ts', 'src/messaging/dev-protocol.ts', 'background/handlers/dev.ts', 'src/settings/development-defaults.ts'];
/** Strings that only those files contain: message names, the probe's DOM events and marker. */
const DEVELOPMENT_STRINGS = ['dev.menuClick', 'dev.command', 'dev.notifications', 'tote-probe', 'toteProbe'];

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'tote-release-'));
  execFileSync(process.execPath, [join(root, 'scripts', 'build.ts'), '--release', '--outdir', out], { stdio: 'pipe' });
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** What a release package ships: everything but source maps (scripts/package.ts leaves them out). */
function shippedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(js|json|html|css)$/.test(file))
    .map((file) => join(dir, file));
}

describe.each(['chrome', 'firefox'])('the release build for %s', (target) => {
  const manifest = () => JSON.parse(readFileSync(join(out, target, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('lists no probe content script and no loopback host access', () => {
    const scripts = (manifest().content_scripts ?? []) as Array<{ matches: string[]; js: string[] }>;
    expect(scripts.flatMap((script) => script.js)).not.toContain('content/probe.js');
    const hosts = [...((manifest().host_permissions ?? []) as string[]), ...scripts.flatMap((script) => script.matches)];
    expect(hosts.filter((pattern) => PROBE_MATCHES.includes(pattern) || /127\.0\.0\.1|localhost/.test(pattern))).toEqual([]);
  });

  it('has no key field (the development id pin)', () => {
    expect(manifest()).not.toHaveProperty('key');
  });

  it('ships no file that names a development-only message or the probe', () => {
    const files = shippedFiles(join(out, target));
    expect(files.length).toBeGreaterThan(5);
    expect(files.some((file) => file.endsWith(join('content', 'probe.js')))).toBe(false);
    const offending = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return DEVELOPMENT_STRINGS.filter((needle) => text.includes(needle)).map((needle) => `${file}: ${needle}`);
    });
    expect(offending).toEqual([]);
  });

  it('puts no byte of the development-only sources into any bundle', () => {
    const meta = JSON.parse(readFileSync(join(out, `meta-${target}.json`), 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
    };
    const carried = Object.entries(meta.outputs).flatMap(([output, { inputs }]) =>
      Object.entries(inputs)
        .filter(([input, { bytesInOutput }]) => DEVELOPMENT_SOURCES.includes(input) && bytesInOutput > 0)
        .map(([input]) => `${output} ← ${input}`),
    );
    expect(carried).toEqual([]);
    // The check sees real inputs: the background bundle is built from the protocol table.
    expect(Object.values(meta.outputs).some(({ inputs }) => (inputs['src/messaging/protocol.ts']?.bytesInOutput ?? 0) > 0)).toBe(true);
  });
});

describe('the development build, for contrast', () => {
  it('does carry the probe and the development-only message (so the checks above can fail)', () => {
    const dev = mkdtempSync(join(tmpdir(), 'tote-dev-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts', 'build.ts'), '--outdir', dev], { stdio: 'pipe' });
      expect(readFileSync(join(dev, 'chrome', 'background', 'index.js'), 'utf8')).toContain('dev.menuClick');
      expect(readFileSync(join(dev, 'firefox', 'content', 'probe.js'), 'utf8')).toContain('tote-probe');
      expect(JSON.parse(readFileSync(join(dev, 'chrome', 'manifest.json'), 'utf8'))).toHaveProperty('key');
    } finally {
      rmSync(dev, { recursive: true, force: true });
    }
  }, 60_000);
});
