/**
 * Messages only development builds answer. The table is built by a function that only a
 * development build calls (src/messaging/protocol.ts): in a release build nothing references it,
 * so the bundler drops it and no release bundle names these messages at all
 * (test/conventions/release-build.test.ts checks).
 */
import * as v from 'valibot';
import { defineMessage, type ProtocolEntry } from './protocol-entry.ts';

export function devProtocol() {
  // Built inside the function: a top-level schema would be a call the bundler must keep.
  const UrlSchema = v.pipe(v.string(), v.maxLength(2048));
  return {
    /**
     * Runs the context menu's click listener with the `info` and tab the browser would pass, for
     * end-to-end tests, which cannot click native menus.
     */
    'dev.menuClick': defineMessage<{ key?: string }>()(
      v.strictObject({
        pageUrl: UrlSchema,
        info: v.strictObject({
          menuItemId: v.pipe(v.string(), v.maxLength(64)),
          pageUrl: v.optional(UrlSchema),
          srcUrl: v.optional(UrlSchema),
          linkUrl: v.optional(UrlSchema),
          selectionText: v.optional(v.pipe(v.string(), v.maxLength(100_000))),
        }),
      }),
    ),
    /** Runs the keyboard shortcuts' `commands.onCommand` listener on the tab showing `pageUrl` (tests cannot press browser shortcuts). */
    'dev.command': defineMessage<{ key?: string }>()(v.strictObject({ command: v.pipe(v.string(), v.maxLength(64)), pageUrl: UrlSchema })),
    /** The notifications Tote showed lately (newest last): both browsers' tests read them here. */
    'dev.notifications': defineMessage<Array<{ id: string; title: string; message: string }>>()(v.strictObject({})),
    /** Runs the `notifications.onClicked` listener for the notification `id`, as a click on it would. */
    'dev.notificationClick': defineMessage<{ clicked: true }>()(v.strictObject({ id: v.pipe(v.string(), v.maxLength(64)) })),
  } as const satisfies Record<string, ProtocolEntry<any, any>>;
}

export type DevProtocol = ReturnType<typeof devProtocol>;
