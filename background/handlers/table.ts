/** The background's handler for every protocol message; the `Handlers` type makes a missing one a type error. */
import { diagnosticsHandler } from '../diagnostics/handler.ts';
import type { DiagnosticsDependencies } from '../diagnostics/step.ts';
import type { AuthService } from '../identity/auth-service.ts';
import type { Handlers } from '../router.ts';
import { copyHandler } from '../s3/copy.ts';
import { createFolderHandler } from '../s3/create-folder.ts';
import { deleteHandler } from '../s3/delete.ts';
import { getBytesHandler } from '../s3/get-bytes.ts';
import { headHandler } from '../s3/head.ts';
import { listHandler } from '../s3/list.ts';
import type { ListingCache } from '../s3/listing-cache.ts';
import { presignHandler } from '../s3/presign.ts';
import { putHandler } from '../s3/put.ts';
import { existsHandler } from '../s3/exists.ts';
import { peekHandler } from '../s3/peek.ts';
import { updateInfoHandler } from '../s3/update-info.ts';
import { restoreVersionHandler } from '../s3/restore-version.ts';
import { undoDeleteHandler } from '../s3/undo-delete.ts';
import { versioningHandler, versionsHandler } from '../s3/versions.ts';
import type { S3Context } from '../s3/s3-context.ts';
import { authStatusHandler, signInHandler, signOutHandler, staySignedInHandler } from './auth.ts';
import { pingHandler } from './ping.ts';
import { getSettingsHandler, patchSettingsHandler, setSettingsHandler, type SettingsAccess } from './settings.ts';
import { statusHandler, type StatusSources } from './status.ts';
import type { TransferManager } from '../transfers/transfer-manager.ts';
import {
  cancelTransferHandler,
  clearTransfersHandler,
  listTransfersHandler,
  retryTransferHandler,
  startTransferHandler,
  transfersSeenHandler,
} from './transfers.ts';
import type { TransferBadge } from '../transfers/transfer-badge.ts';
import type { PageHandlers } from './page.ts';
import type { PageIntegration } from '../page-integration.ts';
import { devHandlers, type DevHandlerDependencies } from './dev.ts';
import type { CommandListener } from '../shortcuts/command-listener.ts';

/**
 * Replaced by the build (esbuild `define`). Used here directly, not through build-info.ts's
 * DEVELOPMENT_BUILD: esbuild folds a literal but does not inline another module's constant, and
 * only a folded condition lets a release build drop the development handlers.
 */
declare const __TOTE_DEVELOPMENT__: boolean;

export interface HandlerDependencies {
  instance: { id: string; startedAt: number };
  status: StatusSources;
  auth: AuthService;
  settings: SettingsAccess;
  s3: S3Context;
  /** The first pages last listed, per viewer (background/s3/listing-cache.ts). */
  listings: ListingCache;
  transfers: TransferManager;
  /** The toolbar badge, told when the user has seen the transfer list. */
  badge: Pick<TransferBadge, 'seen'>;
  diagnostics: DiagnosticsDependencies;
  /** Page integration (docs/architecture.md): save from pages, page bridge. */
  page: PageHandlers;
  /** The context menu's click listener, which the development-only simulated click runs. */
  menuClicked: PageIntegration['menuClicked'];
  /** The keyboard shortcuts' listener, which the development-only simulated command runs. */
  commanded: CommandListener;
  /** Notifications shown lately, and the click listener, for the development-only hooks. */
  notifications: DevHandlerDependencies['notifications'];
}

export function createHandlers(deps: HandlerDependencies): Handlers {
  return {
    ping: pingHandler(deps.instance),
    status: statusHandler(deps.status),
    'auth.status': authStatusHandler(deps.auth),
    'auth.signIn': signInHandler(deps.auth),
    'auth.signOut': signOutHandler(deps.auth),
    'auth.setStaySignedIn': staySignedInHandler(deps.auth),
    's3.list': listHandler(deps.s3, deps.listings),
    's3.head': headHandler(deps.s3),
    's3.get': getBytesHandler(deps.s3),
    's3.delete': deleteHandler(deps.s3),
    's3.createFolder': createFolderHandler(deps.s3),
    's3.copy': copyHandler(deps.s3, false),
    's3.move': copyHandler(deps.s3, true),
    's3.put': putHandler(deps.s3),
    's3.presign': presignHandler(deps.s3),
    's3.versioning': versioningHandler(deps.s3),
    's3.versions': versionsHandler(deps.s3),
    's3.restoreVersion': restoreVersionHandler(deps.s3),
    's3.undoDelete': undoDeleteHandler(deps.s3),
    'transfers.start': startTransferHandler(deps.transfers),
    'transfers.list': listTransfersHandler(deps.transfers),
    'transfers.cancel': cancelTransferHandler(deps.transfers),
    'transfers.retry': retryTransferHandler(deps.transfers),
    'transfers.clear': clearTransfersHandler(deps.transfers),
    'transfers.seen': transfersSeenHandler(deps.badge),
    'settings.get': getSettingsHandler(deps.settings),
    'settings.set': setSettingsHandler(deps.settings, deps.auth.beforeSettingsChange),
    'settings.patch': patchSettingsHandler(deps.settings, deps.auth.beforeSettingsChange),
    'diagnostics.run': diagnosticsHandler(deps.diagnostics),
    ...deps.page,
    's3.peek': peekHandler(deps.s3),
    's3.updateInfo': updateInfoHandler(deps.s3),
    's3.exists': existsHandler(deps.s3),
    // Only development builds have these; in a release build the bundler drops them (dev.ts).
    ...(__TOTE_DEVELOPMENT__ ? devHandlers({ menuClicked: deps.menuClicked, commanded: deps.commanded, notifications: deps.notifications }) : {}),
  };
}
