/**
 * Turns a page selection into Markdown. The page side (page-scripts.ts) only copies the selected
 * DOM into this plain tree; the conversion runs here, in the background, where it is pure and
 * tested without a DOM.
 */

/** A text run, or an element with the few attributes Markdown can use. */
export type SelectionNode = string | { tag: string; href?: string; children: SelectionNode[] };

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'figure',
  'table',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'hr',
]);

/** Markdown's special characters in ordinary text are escaped, so "*" stays a star. */
function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]#])/g, '\\$1');
}

function inline(nodes: SelectionNode[]): string {
  return nodes.map(inlineNode).join('');
}

function inlineNode(node: SelectionNode): string {
  if (typeof node === 'string') return escapeText(node.replace(/\s+/g, ' '));
  const inner = inline(node.children);
  switch (node.tag) {
    case 'strong':
    case 'b':
      return inner.trim() ? `**${inner.trim()}**` : '';
    case 'em':
    case 'i':
      return inner.trim() ? `*${inner.trim()}*` : '';
    case 'code':
      return `\`${plain(node.children)}\``;
    case 'br':
      return '  \n';
    case 'a':
      return node.href && /^(https?|mailto):/i.test(node.href) ? `[${inner.trim()}](${node.href.replace(/[()\s]/g, encodeURIComponent)})` : inner;
    default:
      return BLOCKS.has(node.tag) ? `\n\n${block(node, '')}\n\n` : inner;
  }
}

function plain(nodes: SelectionNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : plain(node.children))).join('');
}

function block(node: Exclude<SelectionNode, string>, indent: string): string {
  const heading = /^h([1-6])$/.exec(node.tag);
  if (heading) return `${'#'.repeat(Number(heading[1]))} ${inline(node.children).trim()}`;
  switch (node.tag) {
    case 'hr':
      return '---';
    case 'pre':
      return `\`\`\`\n${plain(node.children).replace(/\n$/, '')}\n\`\`\``;
    case 'blockquote':
      return blocks(node.children, indent)
        .split('\n')
        .map((line) => `> ${line}`.trimEnd())
        .join('\n');
    case 'ul':
    case 'ol': {
      const items = node.children.filter((child): child is Exclude<SelectionNode, string> => typeof child !== 'string' && child.tag === 'li');
      return items
        .map((item, index) => {
          const marker = node.tag === 'ol' ? `${index + 1}. ` : '- ';
          const body = blocks(item.children, `${indent}${' '.repeat(marker.length)}`);
          return `${indent}${marker}${body.trimStart()}`;
        })
        .join('\n');
    }
    default:
      return blocks(node.children, indent);
  }
}

/** Children as blocks: runs of inline content become paragraphs; nested blocks keep their own form. */
function blocks(nodes: SelectionNode[], indent: string): string {
  const out: string[] = [];
  let run: SelectionNode[] = [];
  const flush = () => {
    const text = inline(run)
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (text) out.push(text);
    run = [];
  };
  for (const node of nodes) {
    if (typeof node !== 'string' && BLOCKS.has(node.tag)) {
      flush();
      const text = block(node, indent).trim();
      if (text) out.push(node.tag === 'ul' || node.tag === 'ol' ? block(node, indent).trimEnd() : text);
    } else {
      run.push(node);
    }
  }
  flush();
  return out.join(separatorFor(indent));
}

function separatorFor(indent: string): string {
  return indent ? '\n' : '\n\n';
}

/** The whole selection as Markdown, ending with one newline. */
export function selectionToMarkdown(nodes: SelectionNode[]): string {
  const text = blocks(nodes, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text ? `${text}\n` : '';
}
