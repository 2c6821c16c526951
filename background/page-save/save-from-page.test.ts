import { describe, expect, it } from 'vitest';
import { accessFor, type S3Access } from '../s3/s3-access.ts';
import { MAX_SAVE_BYTES } from './fetch-target.ts';
import { createPageSaver } from './save-from-page.ts';

/** A signed-in S3 context whose client must never be used: the save has to stop before any S3 call. */
function saverReading(page: { html: string; mhtml: Blob }) {
  const notices: Array<{ phase: string; message?: string }> = [];
  const client = {
    send: async () => {
      throw new Error('no S3 call was expected');
    },
  } as unknown as S3Access['client'];
  const access = accessFor({ client, uploads: client, bucket: 'b', identityId: 'me', signedIn: true, expiration: Date.now() + 3_600_000 });
  const save = createPageSaver({
    s3: { access: async () => access },
    settings: async () => undefined,
    notice: { show: async (_tab, state) => void notices.push(state) },
    tab: {
      selection: async () => ({ title: '', url: '', text: '', nodes: [] }),
      html: async () => ({ title: 'Big', url: 'https://news.example/', html: page.html }),
      mhtml: async () => page.mhtml,
    },
  });
  return { save, notices };
}

describe('saving the page itself', () => {
  it.each(['page-html', 'page-mhtml'] as const)('refuses %s larger than the cap for every save, before any upload', async (kind) => {
    const { save, notices } = saverReading({ html: 'x'.repeat(MAX_SAVE_BYTES + 1), mhtml: new Blob([new Uint8Array(MAX_SAVE_BYTES + 1)]) });
    await expect(save(kind, { menuItemId: `tote-save-${kind}`, pageUrl: 'https://news.example/' }, 1)).resolves.toBeUndefined();
    expect(notices.at(-1)).toMatchObject({ phase: 'failed', message: expect.stringContaining('larger than 64 MiB') });
  });
});
