import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * The AWS SDK's browser build parses XML with `DOMParser`, which service workers do not have
 * (`ReferenceError: DOMParser is not defined` on ListObjectsV2). `@aws-sdk/xml-builder` also ships
 * a plain-JS parser for Node; load that one in place of the browser one.
 */
export const xmlParserWithoutDomPlugin: Plugin = {
  name: 'xml-parser-without-dom',
  setup(build) {
    build.onLoad({ filter: /[\\/]@aws-sdk[\\/]xml-builder[\\/]dist-es[\\/]xml-parser\.browser\.js$/ }, async (args) => ({
      contents: await readFile(args.path.replace(/xml-parser\.browser\.js$/, 'xml-parser.js'), 'utf8'),
      loader: 'js',
    }));
  },
};
