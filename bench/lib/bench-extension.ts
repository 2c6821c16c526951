/**
 * The bench's own copy of a development build (dist/chrome or dist/firefox), in a temporary folder, plus
 * bench-only pages (the listing floor, the SDK's default Cognito provider, a one-fetch PUT), a marker script in
 * the popup that records when the first listing is on screen, a bare message listener loaded
 * into the background (Chrome's service worker, Firefox's event page) before Tote, and host access
 * to the far end of the bench's emulated WAN link (wan-link.ts). Nothing here reaches dist/ or a
 * release build.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { xmlParserWithoutDomPlugin } from '../../scripts/build/xml-parser-plugin.ts';
import { WAN_HOST_MATCH } from './wan-link.ts';

const PAGES = ['floor', 'sdk-cognito', 'file-put', 'lib-storage-put', 'list-mark', 'background-echo'];

const html = (script: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Tote bench: ${script}</title></head>\n<body><script src="${script}.js"></script></body></html>\n`;

export interface BenchExtension {
  dir: string;
  remove(): Promise<void>;
}

/**
 * `libStorage`: the background also runs lib-storage uploads (bench/pages/lib-storage-worker.ts), for
 * the WAN upload bench only — the other benchmarks time the background's start without it.
 */
export async function makeBenchExtension(root: string, target: 'chrome' | 'firefox', { libStorage = false } = {}): Promise<BenchExtension> {
  const dir = await mkdtemp(join(tmpdir(), `tote-bench-${target}${libStorage ? '-lib-storage' : ''}-`));
  await cp(join(root, 'dist', target), dir, { recursive: true });
  const options: esbuild.BuildOptions = {
    absWorkingDir: root,
    outdir: join(dir, 'bench'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
  await esbuild.build({ ...options, entryPoints: PAGES.map((name) => ({ in: `bench/pages/${name}.ts`, out: name })) });
  // In a service worker the SDK needs the XML parser Tote's build gives it (scripts/build/xml-parser-plugin.ts), as any developer's would.
  if (libStorage)
    await esbuild.build({
      ...options,
      entryPoints: [{ in: 'bench/pages/lib-storage-worker.ts', out: 'lib-storage-worker' }],
      plugins: [xmlParserWithoutDomPlugin],
    });
  await writeFile(join(dir, 'bench', 'floor.html'), html('floor'));
  await writeFile(join(dir, 'bench', 'sdk-cognito.html'), html('sdk-cognito'));
  await writeFile(join(dir, 'bench', 'file-put.html'), html('file-put'));
  await writeFile(join(dir, 'bench', 'lib-storage-put.html'), html('lib-storage-put'));

  const popup = join(dir, 'popup', 'index.html');
  const popupHtml = await readFile(popup, 'utf8');
  if (!popupHtml.includes('<script src="main.js">')) throw new Error('popup/index.html no longer loads main.js as the bench expects');
  await writeFile(popup, popupHtml.replace('<script src="main.js">', '<script src="../bench/list-mark.js"></script>\n    <script src="main.js">'));

  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    background: { service_worker?: string; scripts?: string[] };
    host_permissions?: string[];
  };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), WAN_HOST_MATCH];
  // The lib-storage runner listens before the echo listener, which hides bench messages from all that come after it.
  const benchScripts = [...(libStorage ? ['bench/lib-storage-worker.js'] : []), 'bench/background-echo.js'];
  if (target === 'chrome') {
    const imports = [...benchScripts, manifest.background.service_worker].map((script) => `'/${script}'`).join(', ');
    await writeFile(join(dir, 'bench-background.js'), `importScripts(${imports});\n`);
    manifest.background.service_worker = 'bench-background.js';
  } else {
    // Firefox's event page runs its scripts in order: the bench's listeners first.
    manifest.background.scripts = [...benchScripts, ...(manifest.background.scripts ?? [])];
  }
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
