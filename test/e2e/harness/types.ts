/**
 * What an end-to-end test needs from a browser with Tote loaded, the same for Chromium
 * (Playwright over CDP) and Firefox (Puppeteer over WebDriver BiDi).
 */
export type BrowserKind = 'chromium' | 'firefox';

/** Where something is drawn, in CSS px from the page's top-left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Something found as a person finds it: by role and accessible name in the browser's own
 * accessibility tree (Chromium: Playwright's `getByRole`; Firefox: WebDriver BiDi's accessibility
 * locator), or by the text it shows; never by a CSS selector or test id. Names match exactly.
 */
export type ScreenQuery = { role: string; name: string } | { text: string };

export interface Found {
  /** How many match now (0 when none), to tell that a name is unique or gone. */
  count(): Promise<number>;
  /** Waits for the one match to be visible and clicks it. */
  click(): Promise<void>;
  /** Waits for the one match to be visible and types `value` into it. */
  fill(value: string): Promise<void>;
  /** Waits for the one match (a select) to be visible and picks the option showing `label`, as a person would. */
  select(label: string): Promise<void>;
  /** Waits for the one match to be visible and answers where it is drawn. */
  box(): Promise<Box>;
  /** Runs `fn` on the one match, drawn or not, in the page (what it shows: text, title, computed style). */
  evaluate<R>(fn: (element: HTMLElement) => R): Promise<R>;
}

export interface TestPage {
  /** Finds what a person would look for (see ScreenQuery). */
  find(query: ScreenQuery): Found;
  /** Runs `fn(arg)` in the page's main world and returns its (serialisable) result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits for `selector` to be visible and returns its text. */
  text(selector: string): Promise<string>;
  /** Waits until `selector`'s text contains `expected`; returns the whole text. */
  waitForText(selector: string, expected: string, timeoutMs?: number): Promise<string>;
  click(selector: string): Promise<void>;
  /** Right-clicks `selector` as a person would (the page sees contextmenu; native menus cannot be driven). */
  rightClick(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  /** Presses a key (`ArrowDown`, `Enter`, `' '` for space, `Delete`) where the focus is, as a person would. */
  press(key: string): Promise<void>;
  /**
   * Drags files or folders from disk onto `selector` through the browser's own drag and drop, so
   * folders arrive as directory entries. Chromium only (CDP `Input.dispatchDragEvent`): Firefox over
   * WebDriver BiDi has no way to drag files from disk, and throws.
   */
  dropPaths(selector: string, paths: string[]): Promise<void>;
  /** Chooses files in a file input, as the file picker would. */
  chooseFiles(selector: string, paths: string[]): Promise<void>;
  url(): string;
  close(): Promise<void>;
  /**
   * Evaluates script source through the driver (CDP / BiDi), which the page's CSP does not govern:
   * an extension page's `script-src 'self'` refuses inline scripts and eval, so this is how a tool
   * such as axe-core gets in. Resolves with the completion value (awaited if a promise).
   */
  evaluateSource<R = void>(source: string): Promise<R>;
  /** Saves a PNG at `path`: the whole page, or its top-left `width` × `height` (a toolbar popup's size). */
  screenshot(path: string, size?: { width: number; height: number }): Promise<void>;
  /** Sets the page's viewport (CSS px), as a side panel dragged to that size would be. */
  resize(width: number, height: number): Promise<void>;
  /**
   * Emulates `prefers-color-scheme`; resolves false where the driver cannot (Firefox over BiDi:
   * Puppeteer emulates media features through CDP only).
   */
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
}

export interface ExtensionSession {
  kind: BrowserKind;
  /** Chrome: the extension id; Firefox: the moz-extension UUID pinned for this profile. */
  host: string;
  /** Where the browser saves downloads, without asking (a fresh folder, removed on close). */
  downloadDir: string;
  /** `chrome-extension://<id>/path` or `moz-extension://<uuid>/path`. */
  url(path: string): string;
  /** Opens an extension page (popup/index.html, options/index.html) in a tab, loaded. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Opens a web page (e.g. a local test page where the probe content script runs). */
  openWebPage(url: string): Promise<TestPage>;
  /** Waits for a page (tab or window, e.g. the sign-in window) whose URL `matches`. */
  waitForPage(matches: (url: string) => boolean): Promise<TestPage>;
  /** Stops the background (Chrome: the service worker; Firefox: the event page) and waits until it is gone. */
  stopBackground(): Promise<void>;
  /**
   * Quits the browser cleanly and launches it again on the same profile directory (a real browser
   * restart: `storage.session` is gone, what the profile keeps on disk stays). Use the session it
   * returns from then on; this one no longer owns the profile.
   */
  restart(): Promise<ExtensionSession>;
  /** Closes the browser and kills its process by PID; removes the profile. */
  close(): Promise<void>;
}
