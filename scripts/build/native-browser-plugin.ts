/** Extension pages get the browsers' own API in place of webextension-polyfill (src/native-browser.ts). */
import { join } from 'node:path';
import type * as esbuild from 'esbuild';

const nativeBrowser = join(import.meta.dirname, '..', '..', 'src', 'native-browser.ts');

export const nativeBrowserPlugin: esbuild.Plugin = {
  name: 'native-browser',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, (args) => (args.importer === nativeBrowser ? undefined : { path: nativeBrowser }));
  },
};
