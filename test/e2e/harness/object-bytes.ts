/** An object's bytes through Tote's own `s3.get`, from an extension page (RGW's bucket owner cannot read identity-owned objects). */
import type { TestPage } from './types.ts';

export function bytesOf(page: TestPage, key: string): Promise<number[] | string> {
  return page.evaluate(async (wanted) => {
    type Api = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: { bytes: ArrayBuffer }; error?: { message: string } }> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    const reply = await (scope.browser ?? scope.chrome).runtime.sendMessage({ tote: 'tote/1', name: 's3.get', request: { key: wanted } });
    return reply.ok && reply.value ? Array.from(new Uint8Array(reply.value.bytes)) : (reply.error?.message ?? 'no reply');
  }, key);
}
