/** The usual start of a test: `kind` launched with Tote on the devstack and a new user signed in through the popup. */
import type { StackDescription } from '../../../devstack/description.ts';
import { accountLine, newUser, signInThroughPopup, useDevstack } from './identity.ts';
import { launch } from './launch.ts';
import type { BrowserKind, ExtensionSession, TestPage } from './types.ts';

export async function signedIn(
  kind: BrowserKind,
  stack: StackDescription,
  label: string,
  settings: Record<string, unknown> = {},
): Promise<{ session: ExtensionSession; popup: TestPage }> {
  const session = await launch(kind);
  const popup = await session.openExtensionPage('popup/index.html');
  await useDevstack(popup, stack, settings);
  await signInThroughPopup(session, popup, stack, newUser(`${label}-${kind}`));
  await accountLine(popup, 'Signed in as', 30_000);
  return { session, popup };
}
