/**
 * Before an upload, copy, move or rename writes its keys: finds those that already hold something
 * and asks what to do with each (Replace, Keep both, Skip), or once for all of them when the person
 * ticks "apply to all". Answers where each item goes: its own key, a free numbered name, or
 * nowhere (skipped).
 */
import type { Client } from '../src/messaging/client.ts';
import { numberedName } from './numbered-name.ts';

export type Choice = 'replace' | 'keep-both' | 'skip';
export interface Answer {
  choice: Choice;
  applyToAll: boolean;
}
/** Asks about one key that exists; `left` counts the conflicts still to decide, this one included. */
export type Ask = (key: string, left: number) => Promise<Answer>;

const BATCH = 200;
/** Numbered names tried per round trip when keeping both. */
const CANDIDATES = 8;

async function existing(client: Client, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < keys.length; start += BATCH) {
    const reply = await client.call('s3.exists', { keys: keys.slice(start, start + BATCH) });
    // Not knowing is not "free": nothing is written over a key S3 would not answer for.
    if (!reply.ok) throw new Error(reply.error.message);
    for (const key of reply.value.existing) found.add(key);
  }
  return found;
}

async function freeName(client: Client, key: string, taken: ReadonlySet<string>): Promise<string> {
  for (let first = 1; ; first += CANDIDATES) {
    const candidates = Array.from({ length: CANDIDATES }, (_, i) => numberedName(key, first + i)).filter((name) => !taken.has(name));
    if (candidates.length === 0) continue;
    const used = await existing(client, candidates);
    const free = candidates.find((name) => !used.has(name));
    if (free) return free;
  }
}

/** Where each target goes (undefined: skip it). Throws, with the background's sentence, when S3 cannot say what exists. */
export async function guardOverwrites(client: Client, targets: readonly string[], ask: Ask): Promise<Array<string | undefined>> {
  const found = await existing(client, [...new Set(targets)]);
  let left = targets.filter((key) => found.has(key)).length;
  let forAll: Choice | undefined;
  const taken = new Set(targets);
  const result: Array<string | undefined> = [];
  for (const key of targets) {
    if (!found.has(key)) {
      result.push(key);
      continue;
    }
    let choice = forAll;
    if (choice === undefined) {
      const answer = await ask(key, left);
      choice = answer.choice;
      if (answer.applyToAll) forAll = choice;
    }
    left--;
    if (choice === 'skip') result.push(undefined);
    else if (choice === 'replace') result.push(key);
    else {
      const free = await freeName(client, key, taken);
      taken.add(free);
      result.push(free);
    }
  }
  return result;
}
