/**
 * The toolbar popup opens on every click: its bundle stays at most 60 KiB minified (docs/benchmarks.md), built
 * the way scripts/build.ts builds it, and holds no AWS SDK code.
 */
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { nativeBrowserPlugin } from '../../scripts/build/native-browser-plugin.ts';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const BUDGET = 60 * 1024;

it('the popup bundle is at most 60 KiB minified and holds no AWS SDK', async () => {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['popup/main.tsx'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __TOTE_BROWSER__: JSON.stringify('chrome'), __TOTE_DEVELOPMENT__: 'false' },
    plugins: [nativeBrowserPlugin],
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  expect(output?.contents.byteLength).toBeLessThanOrEqual(BUDGET);
  expect(Object.keys(result.metafile.inputs).filter((input) => input.includes('@aws-sdk') || input.includes('@smithy'))).toEqual([]);
});
