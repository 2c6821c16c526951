/** Process checks for lifecycle tests: a zombie (dead, not yet reaped) counts as gone. */
import { readFileSync } from 'node:fs';

export function running(pid: number): boolean {
  try {
    const state = /^State:\s+(\S)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return state !== undefined && state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}
