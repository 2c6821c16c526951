/**
 * Builds unpacked extensions into dist/chrome and dist/firefox from the one source manifest.
 *   node scripts/build.ts            development build (pinned id, loopback probes, source maps)
 *   node scripts/build.ts --release  release build (no probes, no pinned key)
 *   node scripts/build.ts --watch    rebuild on change (development)
 *   --outdir <dir>                   build into <dir>/chrome and <dir>/firefox instead of dist/ (benchmarks)
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { manifestFor, type Target } from './build/manifest.ts';
import { nativeBrowserPlugin } from './build/native-browser-plugin.ts';
import { sdkPackageInfoPlugin } from './build/sdk-package-info-plugin.ts';
import { xmlParserWithoutDomPlugin } from './build/xml-parser-plugin.ts';

const root = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const outdirAt = argv.indexOf('--outdir');
const distDir = outdirAt >= 0 && argv[outdirAt + 1] ? resolve(argv[outdirAt + 1] as string) : join(root, 'dist');
const development = !args.has('--release');
const watch = args.has('--watch');
const targets: Target[] = ['chrome', 'firefox'];

/**
 * Entry points per output file; development builds add the loopback probe content script.
 * Extension pages are built apart, with the browsers' own API instead of the polyfill
 * (scripts/build/native-browser-plugin.ts).
 */
const entries: Record<string, string> = {
  'background/index': 'background/index.ts',
  'popup/main': 'popup/main.tsx',
  'panel/main': 'panel/main.tsx',
  'options/main': 'options/main.tsx',
  'offscreen/main': 'offscreen/main.ts',
  'consent/main': 'consent/main.ts',
  'viewer/main': 'viewer/main.tsx',
  'search/main': 'search/main.tsx',
  'zip/main': 'zip/main.tsx',
  'content/notice': 'content/notice.ts',
  'content/bridge': 'content/bridge.ts',
  ...(development ? { 'content/probe': 'content/probe.ts' } : {}),
};
/**
 * Extension pages, and the content scripts (for `i18n`, src/i18n/t.ts): they get the browsers' own
 * promise-based API instead of the polyfill, which would be most of a content script's budget.
 */
const PAGES = new Set([
  'popup/main',
  'panel/main',
  'options/main',
  'consent/main',
  'viewer/main',
  'search/main',
  'zip/main',
  'content/notice',
  'content/bridge',
]);
const staticFiles = [
  'popup/index.html',
  'popup/popup.css',
  'panel/index.html',
  'panel/panel.css',
  'options/index.html',
  'options/options.css',
  'offscreen/index.html',
  'consent/index.html',
  'consent/consent.css',
  'viewer/index.html',
  'viewer/viewer.css',
  'search/index.html',
  'search/search.css',
  'zip/index.html',
  'zip/zip.css',
  'icons',
  '_locales',
];

async function buildTarget(target: Target): Promise<esbuild.BuildContext[]> {
  const out = join(distDir, target);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const source = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifestFor(source, { target, development }), null, 2));
  for (const file of staticFiles) await cp(join(root, file), join(out, file), { recursive: true });
  const all = Object.entries(entries);
  const pages = all.filter(([outName]) => PAGES.has(outName));
  const rest = all.filter(([outName]) => !PAGES.has(outName));
  const options: esbuild.BuildOptions = {
    absWorkingDir: root,
    entryPoints: rest.map(([outName, input]) => ({ in: input, out: outName })),
    outdir: out,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: {
      __TOTE_BROWSER__: JSON.stringify(target),
      __TOTE_DEVELOPMENT__: JSON.stringify(development),
    },
    plugins: [xmlParserWithoutDomPlugin, sdkPackageInfoPlugin],
    logLevel: 'warning',
    metafile: true,
  };
  const pageOptions: esbuild.BuildOptions = {
    ...options,
    entryPoints: pages.map(([outName, input]) => ({ in: input, out: outName })),
    plugins: [nativeBrowserPlugin],
  };
  if (!watch) {
    const [main, page] = await Promise.all([esbuild.build(options), esbuild.build(pageOptions)]);
    const metafile = { inputs: { ...main.metafile?.inputs, ...page.metafile?.inputs }, outputs: { ...main.metafile?.outputs, ...page.metafile?.outputs } };
    await writeFile(join(distDir, `meta-${target}.json`), JSON.stringify(metafile));
    return [];
  }
  const contexts = await Promise.all([esbuild.context(options), esbuild.context(pageOptions)]);
  await Promise.all(contexts.map((context) => context.watch()));
  return contexts;
}

await mkdir(distDir, { recursive: true });
await Promise.all(targets.map(buildTarget));
console.log(`built ${distDir}/chrome and ${distDir}/firefox (${development ? 'development' : 'release'})${watch ? ', watching for changes' : ''}`);
