/** Popup entry: renders the app into the page. */
import { startPopup } from './start-popup.tsx';

void startPopup();
