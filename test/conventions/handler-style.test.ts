/**
 * One way to write a handler (docs/architecture.md, Messaging): a factory named `<what>Handler`
 * that takes what the handler needs and returns `Handler<'message.name'>`. Not an object of
 * `satisfies` entries, not a typed constant, not an inline function in the table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, shippedFiles } from './shipped-files.ts';

const FACTORY = /^(export )?function [a-z][A-Za-z0-9]*Handler\(.*\): Handler<'[\w.]+'>( & Handler<'[\w.]+'>)* \{$/;
/** Where the types themselves are declared. */
const DECLARES = new Set(['background/router.ts']);

const handlerFiles = shippedFiles().filter((file) => file.startsWith('background/') && !DECLARES.has(file));

describe('handlers are written one way', () => {
  it.each(handlerFiles)('%s writes a Handler only as a factory', (file) => {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const offending = lines
      .map((line, index) => ({ line: line.trim(), number: index + 1 }))
      .filter(({ line }) => /\bHandler<'/.test(line) && !FACTORY.test(line) && !line.startsWith('*') && !line.startsWith('//'))
      .map(({ line, number }) => `${number}: ${line}`);
    expect(offending).toEqual([]);
  });

  it('the table wires factories only: no handler written inline', () => {
    const table = readFileSync(join(root, 'background/handlers/table.ts'), 'utf8');
    expect(table).not.toMatch(/'[\w.]+': (async )?\(/);
  });

  it('the rule recognises a factory and refuses the other shapes', () => {
    expect(FACTORY.test("export function listHandler(context: S3Context): Handler<'s3.list'> {")).toBe(true);
    expect(FACTORY.test("start: (async (request) => view(request)) satisfies Handler<'transfers.start'>,")).toBe(false);
    expect(FACTORY.test("const decide: Handler<'bridge.decide'> = async (request) => {")).toBe(false);
  });
});
