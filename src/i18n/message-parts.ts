/**
 * A message with elements inside it (a `<code>` folder name, a button): the translation decides
 * where each one goes, so a sentence is never cut into fragments around them (German puts words
 * in another order). `$1`… stand for `parts`; the answer is text and parts in reading order, for
 * Preact children or `element.append(...)`.
 */
import { type MessageKey, t } from './t.ts';

/** Characters from Unicode's private use area: no translation contains them. */
const MARK_BASE = 0xe000;

export function messageParts<Part>(key: MessageKey, ...parts: Part[]): Array<string | Part> {
  const marks = parts.map((_part, index) => String.fromCharCode(MARK_BASE + index));
  return t(key, ...marks)
    .split(/([\ue000-\ue008])/u)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const index = marks.indexOf(piece);
      return index === -1 ? piece : (parts[index] as Part);
    });
}
