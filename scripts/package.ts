/** Release packages: builds without development extras, then zips dist/chrome and dist/firefox into dist/packages/. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

execFileSync(process.execPath, [join(root, 'scripts', 'build.ts'), '--release'], { stdio: 'inherit' });
for (const target of ['chrome', 'firefox']) {
  execFileSync(
    bin('web-ext'),
    [
      'build',
      '--source-dir',
      join(root, 'dist', target),
      '--artifacts-dir',
      join(root, 'dist', 'packages'),
      '--filename',
      `tote-${target}-{version}.zip`,
      '--overwrite-dest',
      '--no-input',
      '--ignore-files',
      '**/*.map',
    ],
    { stdio: 'inherit' },
  );
}
