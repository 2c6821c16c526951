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
      screenshot: async () => page.mhtml,
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

describe('saving a screenshot', () => {
  it('captures the tab before the notice appears in it, so the notice is not in the picture', async () => {
    const order: string[] = [];
    const client = {
      send: async () => {
        throw new Error('S3 is down');
      },
    };
    const access = { client, uploads: client, bucket: 'b', identityId: 'me', scope: 'me', expiration: Date.now() + 3_600_000 } as unknown as S3Access;
    const save = createPageSaver({
      s3: { access: async () => access },
      settings: async () => undefined,
      notice: { show: async (_tab, state) => void order.push(`notice:${state.phase}`) },
      tab: {
        selection: async () => ({ title: '', url: '', text: '', nodes: [] }),
        html: async () => ({ title: '', url: '', html: '' }),
        mhtml: async () => new Blob([]),
        screenshot: async () => {
          order.push('capture');
          return new Blob([new Uint8Array(MAX_SAVE_BYTES + 1)], { type: 'image/png' });
        },
      },
    });
    await save('screenshot', { menuItemId: 'tote-save-screenshot', pageUrl: 'https://news.example/' }, 1);
    // Captured first; and a picture larger than the cap is refused like any other save.
    expect(order).toEqual(['capture', 'notice:progress', 'notice:failed']);
  });
});
