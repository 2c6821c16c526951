import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * The AWS SDK's clients import their whole package.json for one field, the version in the
 * User-Agent header; bundled as is, each brings its dependency lists and scripts along (about
 * 6 KiB in the background). Load just the name and version instead.
 */
export const sdkPackageInfoPlugin: Plugin = {
  name: 'sdk-package-info',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]@aws-sdk[\\/][^\\/]+[\\/]package\.json$/ }, async (args) => {
      const { name, version } = JSON.parse(await readFile(args.path, 'utf8')) as { name: string; version: string };
      return { contents: JSON.stringify({ name, version }), loader: 'json' };
    });
  },
};
