/**
 * Loaded from the popup's (and the side panel's) `<head>`, before anything else: a `ping` that
 * starts a stopped background while the page's own script is still loading. Firefox starts its
 * event page only when a message comes (Chrome starts its worker as an extension page opens), and
 * the popup's first question would otherwise leave only once its bundle has been evaluated
 * (docs/benchmarks.md, first listing).
 */
import { browser } from '../src/browser.ts';
import { envelope } from '../src/messaging/envelope.ts';

void browser.runtime.sendMessage(envelope('ping', {})).catch(() => undefined);
