/**
 * A record kept encrypted at rest: AES-GCM under a key the background generates non-extractable
 * and keeps as a `CryptoKey` in the extension's IndexedDB, so no script (Tote's own included) can
 * read the key's bytes, and the stored bytes are ciphertext only. A record that does not open
 * (another key, tampered bytes, an older format, a plaintext that no longer fits the schema)
 * counts as absent, like any record of src/storage/records.ts.
 */
import * as v from 'valibot';
import type { Sealed } from '../../src/storage/identity-records.ts';
import type { StoredRecord } from '../../src/storage/records.ts';

const FORMAT = 1;
const IV_BYTES = 12;

export interface SealedRecordParts<T> {
  schema: v.GenericSchema<unknown, T>;
  sealed: StoredRecord<Sealed>;
  key: StoredRecord<CryptoKey>;
  /** Bound into each ciphertext (additional data): a record sealed for another purpose does not open. */
  purpose: string;
  subtle?: SubtleCrypto;
}

export function sealedRecord<T>({ schema, sealed, key, purpose, subtle = crypto.subtle }: SealedRecordParts<T>): StoredRecord<T> {
  const additionalData = new TextEncoder().encode(`tote ${purpose} v${FORMAT}`);
  let creating: Promise<CryptoKey> | undefined;

  // Concurrent first writes share one new key: two keys would leave one ciphertext unreadable.
  async function sealingKey(): Promise<CryptoKey> {
    const stored = await key.get();
    if (stored !== undefined) return stored;
    creating ??= (async () => {
      const fresh = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      await key.set(fresh);
      return fresh;
    })().finally(() => {
      creating = undefined;
    });
    return creating;
  }

  return {
    async get() {
      const box = await sealed.get();
      const opener = box && (await key.get());
      if (box === undefined || opener === undefined) return undefined;
      try {
        const plain = await subtle.decrypt({ name: 'AES-GCM', iv: box.iv, additionalData }, opener, box.ciphertext);
        const parsed = v.safeParse(schema, JSON.parse(new TextDecoder().decode(plain)));
        return parsed.success ? parsed.output : undefined;
      } catch {
        return undefined;
      }
    },
    async set(value) {
      const checked = v.parse(schema, value);
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const ciphertext = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, await sealingKey(), new TextEncoder().encode(JSON.stringify(checked)));
      await sealed.set({ version: FORMAT, iv, ciphertext });
    },
    /** Removes the ciphertext and its key: even a copy of the bytes made earlier no longer opens here. */
    async remove() {
      await sealed.remove();
      await key.remove();
    },
  };
}
