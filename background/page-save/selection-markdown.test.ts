import { describe, expect, it } from 'vitest';
import { selectionToMarkdown, type SelectionNode } from './selection-markdown.ts';

const el = (tag: string, ...children: SelectionNode[]): SelectionNode => ({ tag, children });

describe('a selection as Markdown', () => {
  it('keeps emphasis, links and code inline, and escapes Markdown characters in text', () => {
    const nodes = [
      el(
        'div',
        'Hello ',
        el('strong', 'bold'),
        ' and ',
        el('em', 'soft'),
        ', ',
        { tag: 'a', href: 'https://example.com/a b', children: ['a link'] },
        ' with ',
        el('code', 'x*y'),
        ' and 2*3 [sic]',
      ),
    ];
    expect(selectionToMarkdown(nodes)).toBe('Hello **bold** and *soft*, [a link](https://example.com/a%20b) with `x*y` and 2\\*3 \\[sic\\]\n');
  });

  it('turns headings, paragraphs, lists, quotes and preformatted text into blocks', () => {
    const nodes = [
      el('h2', 'Title'),
      el('p', 'First   paragraph.'),
      el('ul', el('li', 'one'), '\n', el('li', 'two')),
      el('ol', el('li', 'first'), el('li', 'second')),
      el('blockquote', el('p', 'quoted')),
      el('pre', 'let x = 1;\n'),
    ];
    expect(selectionToMarkdown(nodes)).toBe('## Title\n\nFirst paragraph.\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n```\nlet x = 1;\n```\n');
  });

  it('drops links that are not http(s) or mailto, keeping their text', () => {
    expect(selectionToMarkdown([el('p', { tag: 'a', href: 'javascript:alert(1)', children: ['click'] })])).toBe('click\n');
  });

  it('gives nothing for an empty selection', () => {
    expect(selectionToMarkdown([])).toBe('');
    expect(selectionToMarkdown([el('div', '  ')])).toBe('');
  });
});
