/**
 * Functions run inside the tab with `scripting.executeScript({func})` (Chrome and Firefox
 * serialise them, so each must be self-contained: no imports, no outer variables). They run in
 * the extension's isolated world and only read the page; what they return is data the background
 * checks and caps, never trusts.
 */
import type { SelectionNode } from './selection-markdown.ts';

export interface PageSelection {
  title: string;
  url: string;
  text: string;
  nodes: SelectionNode[];
}

/** The current selection as plain text and as a small element tree (at most `maxNodes` nodes). */
export function collectSelection(maxNodes: number): PageSelection {
  let budget = maxNodes;
  const convert = (node: Node): SelectionNode | undefined => {
    if (budget-- <= 0) return undefined;
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return undefined;
    const tag = node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName : 'div';
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') return undefined;
    const children: SelectionNode[] = [];
    for (const child of Array.from(node.childNodes)) {
      const converted = convert(child);
      if (converted !== undefined) children.push(converted);
    }
    const href = tag === 'a' ? (node as HTMLAnchorElement).href : undefined;
    return href ? { tag, href, children } : { tag, children };
  };
  const selection = getSelection();
  const nodes: SelectionNode[] = [];
  for (let index = 0; selection !== null && index < selection.rangeCount; index++) {
    const converted = convert(selection.getRangeAt(index).cloneContents());
    if (converted !== undefined) nodes.push(converted);
  }
  return { title: document.title, url: location.href, text: selection?.toString() ?? '', nodes };
}

/** The page as HTML, as it is now (scripts may have changed it since it loaded), with its doctype. */
export function serializePage(): { title: string; url: string; html: string } {
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
  return { title: document.title, url: location.href, html: doctype + document.documentElement.outerHTML };
}
