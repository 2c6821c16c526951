/**
 * A JSON file the devstack keeps its state in. Writes are synchronous and atomic (a temporary
 * file renamed over the old one), so a stack killed mid-write leaves the previous version, and
 * a change is on disk before the request that made it is answered.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface JsonFile<T> {
  read(): T | undefined;
  write(value: T): void;
}

export function jsonFile<T>(path: string): JsonFile<T> {
  return {
    read: () => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined),
    write(value) {
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(value), { mode: 0o600 });
      renameSync(temporary, path);
    },
  };
}

/** The value stored at `path`, made and stored by `create` the first time. */
export function remembered<T>(path: string, create: () => T): T {
  const file = jsonFile<T>(path);
  const known = file.read();
  if (known !== undefined) return known;
  const value = create();
  file.write(value);
  return value;
}
