/** What the bench-only pages read: the extension API (Firefox's `browser`, Chrome's `chrome`), and the background's session records. */
export interface ChromeApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined | Promise<unknown>): void;
    };
  };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

const scope = globalThis as unknown as { browser?: ChromeApi; chrome: ChromeApi };
export const chromeApi = scope.browser ?? scope.chrome;

/** `storage.session` is readable by extension pages (trusted contexts); web pages and content scripts cannot. */
export async function sessionRecord<T>(key: 'auth' | 'credentials'): Promise<T> {
  const value = (await chromeApi.storage.session.get(key))[key];
  if (value === undefined) throw new Error(`storage.session has no "${key}": sign in first`);
  return value as T;
}

/** Settings the bench passes in the page's query string. */
export function query(name: string): string {
  const value = new URL(location.href).searchParams.get(name);
  if (value === null) throw new Error(`the bench page needs ?${name}=`);
  return value;
}

/** Marks the page as done (or failed) for the bench driver, which waits on these attributes. */
export function mark(name: string, value: unknown): void {
  document.documentElement.dataset[name] = typeof value === 'string' ? value : JSON.stringify(value);
}

/** The page's file input, which the driver fills as a file picker would (`data-testid="bench-file"`). */
export function fileInput(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  input.dataset.testid = 'bench-file';
  document.body.append(input);
  return input;
}
