/** Handlers of the `transfers.*` messages: the transfer manager's uploads, as pages see them. */
import type { TransferView } from '../../src/messaging/protocol.ts';
import type { Handler } from '../router.ts';
import type { TransferBadge } from '../transfers/transfer-badge.ts';
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

export function startTransferHandler(manager: TransferManager): Handler<'transfers.start'> {
  return async (request) => view(await manager.start(request.key, request.body));
}

export function listTransfersHandler(manager: TransferManager): Handler<'transfers.list'> {
  return async () => (await manager.list()).map(view);
}

export function cancelTransferHandler(manager: TransferManager): Handler<'transfers.cancel'> {
  return async (request) => view(await manager.cancel(request.id));
}

export function retryTransferHandler(manager: TransferManager): Handler<'transfers.retry'> {
  return async (request) => view(await manager.retry(request.id));
}

/** Forgets finished uploads; answers with those left. */
export function clearTransfersHandler(manager: TransferManager): Handler<'transfers.clear'> {
  return async () => {
    await manager.clearFinished();
    return (await manager.list()).map(view);
  };
}

/** The user has looked at the transfer list: the toolbar badge stops showing a failure. */
export function transfersSeenHandler(badge: Pick<TransferBadge, 'seen'>): Handler<'transfers.seen'> {
  return async () => {
    await badge.seen();
    return { seen: true };
  };
}
