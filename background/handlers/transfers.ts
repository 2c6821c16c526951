import type { TransferView } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import type { TransferManager } from '../transfers/transfer-manager.ts';
import type { TransferRecord } from '../transfers/transfer-store.ts';

/** What pages see of a transfer: no upload id, no part ETags. */
function view(record: TransferRecord): TransferView {
  return {
    id: record.id,
    key: record.key,
    size: record.size,
    bytesDone: record.bytesDone,
    state: record.state,
    multipart: record.partSize !== undefined,
    partAttempts: record.partAttempts,
    ...(record.error ? { error: record.error } : {}),
    startedAt: record.startedAt,
    updatedAt: record.updatedAt,
  };
}

export function transferHandlers(manager: TransferManager) {
  return {
    start: (async (request) => view(await manager.start(request.key, request.body))) satisfies Handler<'transfers.start'>,
    list: (async () => (await manager.list()).map(view)) satisfies Handler<'transfers.list'>,
    cancel: (async (request) => view(await manager.cancel(request.id))) satisfies Handler<'transfers.cancel'>,
    retry: (async (request) => view(await manager.retry(request.id))) satisfies Handler<'transfers.retry'>,
    clear: (async () => {
      await manager.clearFinished();
      return (await manager.list()).map(view);
    }) satisfies Handler<'transfers.clear'>,
  };
}
