/**
 * Every string a person reads comes from `_locales` (src/i18n/t.ts, docs/architecture.md,
 * "Languages"): each locale has every key with the same substitutions, no key is left unused,
 * and no user-visible text is written into the shipped code or pages by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root, shippedFiles } from './shipped-files.ts';

type Catalog = Record<string, { message: string }>;

const LOCALES = readdirSync(join(root, '_locales'));
const catalog = (locale: string): Catalog => JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8'));
const english = catalog('en');
const substitutionsOf = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

/** Files only development builds carry (scripts/build.ts): no user of a release reads them. */
const DEVELOPMENT_ONLY = new Set(['content/probe.ts', 'background/handlers/dev.ts', 'src/messaging/dev-protocol.ts', 'src/settings/development-defaults.ts']);
const CODE = shippedFiles().filter((file) => !DEVELOPMENT_ONLY.has(file));

/** Attributes a person reads or hears; a literal in any of them is untranslated text. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Attributes that hold code, never text. */
const CODE_ATTRIBUTES = new Set([
  'class',
  'className',
  'id',
  'type',
  'name',
  'role',
  'href',
  'src',
  'rel',
  'target',
  'accept',
  'autoComplete',
  'inputMode',
  'key',
]);
/** Prose: three words in a row, or a capitalised word followed by another (`Sign in`, `Amazon Cognito is …`). */
const PROSE = /\p{L}{2,}[ ,]+\p{L}{2,}[ ,]+\p{L}{2,}|^\p{Lu}\p{Ll}+ \p{L}{2,}/u;
/**
 * Calls whose text only a developer reads: consoles, `Error`s that never reach a person (ToteError
 * does), and the DOM's selector calls, whose argument is a CSS selector (`input, textarea, dialog`).
 */
const DEVELOPER_CALLS = /^(console\.\w+|(new )?(Error|TypeError|RangeError)|.+\.(closest|matches|querySelector|querySelectorAll))$/;
/** The calls that name a key (src/i18n/t.ts). */
const KEY_CALLS = /^(t|tCount)$/;

interface Finding {
  file: string;
  line: number;
  text: string;
}

function sourceOf(file: string, code = readFileSync(join(root, file), 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function calleeOf(node: ts.Node): string | undefined {
  for (let parent = node.parent; parent !== undefined; parent = parent.parent) {
    if (ts.isCallExpression(parent)) return parent.expression.getText();
    if (ts.isNewExpression(parent)) return `new ${parent.expression.getText()}`;
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) return undefined;
  }
  return undefined;
}

function attributeOf(node: ts.Node): string | undefined {
  for (let parent = node.parent; parent !== undefined && !ts.isJsxElement(parent); parent = parent.parent) {
    if (ts.isJsxAttribute(parent)) return parent.name.getText();
  }
  return undefined;
}

/** Text a person would read that is written in the code instead of taken from `_locales`. */
function untranslated(file: string, code?: string): Finding[] {
  const source = sourceOf(file, code);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) report(node, node.text);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' … ') : node.text;
      const attribute = attributeOf(node);
      const callee = calleeOf(node) ?? '';
      const developer = DEVELOPER_CALLS.test(callee) || KEY_CALLS.test(callee);
      const read = attribute !== undefined && READ_ATTRIBUTES.has(attribute) && /\p{L}/u.test(text);
      if (!developer && (read || ((attribute === undefined || !CODE_ATTRIBUTES.has(attribute)) && PROSE.test(text)))) report(node, text);
      if (ts.isTemplateExpression(node)) for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every string literal in the shipped code: where a key is named. */
function literalsOf(file: string): string[] {
  const literals: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sourceOf(file));
  return literals;
}

describe('languages', () => {
  it('English is the default locale, and there is a second language', () => {
    expect(JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).default_locale).toBe('en');
    expect(LOCALES.filter((locale) => locale !== 'en').length).toBeGreaterThan(0);
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('%s has every English key, with the same substitutions, and no other', (locale) => {
    const translated = catalog(locale);
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    const mismatched = Object.keys(english).filter(
      (key) => substitutionsOf(english[key]!.message).join() !== substitutionsOf(translated[key]?.message ?? '').join(),
    );
    expect(mismatched).toEqual([]);
    expect(Object.keys(translated).filter((key) => translated[key]!.message.trim() === '')).toEqual([]);
  });

  it('every key is used: named in the code (a counted key by its base) or in the manifest', () => {
    const named = new Set(CODE.flatMap((file) => literalsOf(file)));
    for (const match of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) named.add(match[1]!);
    const unused = Object.keys(english).filter((key) => !named.has(key) && !named.has(key.replace(/_(one|other)$/, '')));
    expect(unused).toEqual([]);
  });

  it('every __MSG_ key in the manifest exists', () => {
    const keys = [...readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(keys.filter((key) => !(key in english))).toEqual([]);
  });

  it('no shipped code writes text a person reads by hand', () => {
    const findings = CODE.flatMap((file) => untranslated(file)).map(({ file, line, text }) => `${file}:${line} ${text.slice(0, 80)}`);
    expect(findings).toEqual([]);
  });

  it('no page carries text in its HTML (pages set their title and text from _locales)', () => {
    const pages = shippedFiles(/\.html$/);
    const withText = pages.filter((page) =>
      /\p{L}/u.test(
        readFileSync(join(root, page), 'utf8')
          .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '')
          .replace(/<[^>]*>/g, ''),
      ),
    );
    expect(withText).toEqual([]);
  });

  it('the check finds untranslated text and leaves keys, classes and developer messages alone', () => {
    const code = [
      'const a = <button aria-label="Close" className="one two three">Save</button>;',
      'throw new ToteError(ErrorCode.Network, `The network stopped ${what}.`);',
      "const c = <p title={busy ? 'Please wait' : t('ready')}>{t('signInButton')}</p>;",
      "console.warn('Tote could not do this thing');",
      "const d = element.closest('input, textarea, select, dialog');",
      "throw new Error('this never reaches a person');",
      "const b = t('signInButton', name);",
    ].join('\n');
    expect(untranslated('sample.tsx', code).map(({ line, text }) => `${line} ${text}`)).toEqual([
      '1 Close',
      '1 Save',
      '2 The network stopped  … .',
      '3 Please wait',
    ]);
  });
});
