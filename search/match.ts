/**
 * Search matches: a path matches when it contains every word of the query, ignoring case (as the
 * popup's filter does with names); the parts to highlight are where each word was found.
 */
export function queryWords(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** The path cut into plain and matched parts, or undefined when a word is missing. */
export function matchParts(path: string, words: readonly string[]): Array<{ text: string; match: boolean }> | undefined {
  const lower = path.toLocaleLowerCase();
  const marked = new Array<boolean>(path.length).fill(false);
  for (const word of words) {
    let at = lower.indexOf(word);
    if (at < 0) return undefined;
    for (; at >= 0; at = lower.indexOf(word, at + word.length)) marked.fill(true, at, at + word.length);
  }
  const parts: Array<{ text: string; match: boolean }> = [];
  for (let i = 0; i < path.length; i++) {
    const last = parts.at(-1);
    if (last && last.match === marked[i]) last.text += path[i];
    else parts.push({ text: path[i] as string, match: marked[i] as boolean });
  }
  return parts;
}
