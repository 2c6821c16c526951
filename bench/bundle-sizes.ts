/**
 * Bundle sizes per context of a release build (what `npm run package` zips), minified and
 * gzipped. Targets: background ≤ 250 KiB minified; popup and options ≤ 60 KiB each; the
 * viewer and search pages (their own bundles, opened in a tab) ≤ 60 KiB each; content scripts ≤ 15 KiB. Release builds carry no content script yet (the probe is development-only).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root, type Benchmark } from './lib/runner.ts';
import type { Row } from './lib/rows.ts';

const KiB = 1024;
const TARGETS_KIB: Record<string, number> = { background: 250, popup: 60, options: 60, viewer: 60, search: 60, content: 15 };

interface Manifest {
  background: { service_worker: string };
  action: { default_popup: string };
  options_ui: { page: string };
  content_scripts?: Array<{ js: string[] }>;
}

/** The scripts each context loads, read from the built manifest and pages. */
async function scriptsPerContext(dir: string): Promise<Record<string, string[]>> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const pageScripts = async (page: string) => {
    const html = await readFile(join(dir, page), 'utf8');
    const folder = page.split('/').slice(0, -1).join('/');
    return [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => join(folder, match[1] as string));
  };
  return {
    background: [manifest.background.service_worker],
    popup: await pageScripts(manifest.action.default_popup),
    options: await pageScripts(manifest.options_ui.page),
    viewer: await pageScripts('viewer/index.html'),
    search: await pageScripts('search/index.html'),
    content: [...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js))],
  };
}

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** The biggest contributors to `script`, by package (or top folder of our own code), from esbuild's metafile. */
async function contributors(out: string, script: string, count: number): Promise<string> {
  const meta = JSON.parse(await readFile(join(out, 'meta-chrome.json'), 'utf8')) as Metafile;
  const output = Object.entries(meta.outputs).find(([path]) => path.endsWith(`chrome/${script}`))?.[1];
  if (output === undefined) return '';
  const sizes = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? `${path.split('/')[0]}/ (ours)`;
    sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
  }
  const biggest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, count);
  return `; biggest: ${biggest.map(([name, bytes]) => `${name} ${(bytes / KiB).toFixed(1)}`).join(', ')} KiB`;
}

async function measure(): Promise<Row[]> {
  const out = await mkdtemp(join(tmpdir(), 'tote-bench-release-'));
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.ts'), '--release', '--outdir', out], { stdio: 'inherit' });
    const dir = join(out, 'chrome');
    const rows: Row[] = [];
    for (const [context, scripts] of Object.entries(await scriptsPerContext(dir))) {
      const bytes = await Promise.all(scripts.map((script) => readFile(join(dir, script))));
      const minified = bytes.reduce((sum, file) => sum + file.length, 0);
      const gzipped = bytes.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
      const target = TARGETS_KIB[context] as number;
      const kib = (value: number) => Math.round((value / KiB) * 10) / 10;
      rows.push({
        benchmark: 'bundle-sizes',
        name: `${context} (${scripts.join(', ') || 'none in release builds'})`,
        unit: 'KiB minified',
        tote: kib(minified),
        target: `≤ ${target} KiB`,
        ...(scripts.length > 0 ? { met: minified <= target * KiB } : {}),
        note: `${kib(gzipped)} KiB gzipped (level 9)${scripts.length === 0 ? '; release builds ship no content script yet (content/probe.js is development-only)' : await contributors(out, scripts[0] as string, context === 'background' ? 8 : 3)}`,
      });
    }
    return rows;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export const bundleSizes: Benchmark = { name: 'bundle-sizes', needsStack: false, run: measure };
