/** Offscreen document entry (Chrome only): serves the background's upload relay. */
import { serveUploadRelay } from './xhr-relay.ts';

serveUploadRelay();
