/** Side panel (Chrome) and sidebar (Firefox) entry: the popup's file browser, laid out by panel.css for a tall, resizable pane. */
import { startPopup } from '../popup/start-popup.tsx';

void startPopup();
