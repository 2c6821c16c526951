/**
 * The bench's own copy of a development build (dist/chrome or dist/firefox), in a temporary folder, plus
 * bench-only pages (the listing floor, the SDK's default Cognito provider, a one-fetch PUT), a marker script in
 * the popup that records when the first listing is on screen, and a bare message listener loaded
 * into the background (Chrome's service worker, Firefox's event page) before Tote. Nothing here
 * reaches dist/ or a release build.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const PAGES = ['floor', 'sdk-cognito', 'file-put', 'list-mark', 'background-echo'];

const html = (script: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Tote bench: ${script}</title></head>\n<body><script src="${script}.js"></script></body></html>\n`;

export interface BenchExtension {
  dir: string;
  remove(): Promise<void>;
}

export async function makeBenchExtension(root: string, target: 'chrome' | 'firefox'): Promise<BenchExtension> {
  const dir = await mkdtemp(join(tmpdir(), `tote-bench-${target}-`));
  await cp(join(root, 'dist', target), dir, { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: PAGES.map((name) => ({ in: `bench/pages/${name}.ts`, out: name })),
    outdir: join(dir, 'bench'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await writeFile(join(dir, 'bench', 'floor.html'), html('floor'));
  await writeFile(join(dir, 'bench', 'sdk-cognito.html'), html('sdk-cognito'));
  await writeFile(join(dir, 'bench', 'file-put.html'), html('file-put'));

  const popup = join(dir, 'popup', 'index.html');
  const popupHtml = await readFile(popup, 'utf8');
  if (!popupHtml.includes('<script src="main.js">')) throw new Error('popup/index.html no longer loads main.js as the bench expects');
  await writeFile(popup, popupHtml.replace('<script src="main.js">', '<script src="../bench/list-mark.js"></script>\n    <script src="main.js">'));

  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { background: { service_worker?: string; scripts?: string[] } };
  if (target === 'chrome') {
    await writeFile(join(dir, 'bench-background.js'), `importScripts('/bench/background-echo.js', '/${manifest.background.service_worker}');\n`);
    manifest.background.service_worker = 'bench-background.js';
  } else {
    // Firefox's event page runs its scripts in order: the bench's listener first.
    manifest.background.scripts = ['bench/background-echo.js', ...(manifest.background.scripts ?? [])];
  }
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
