/**
 * Saves a finished archive as a person's own download would: a link to it, clicked. The browser
 * takes the file from there at its own pace and tells the page nothing (Tote has no `downloads`
 * permission), so the link stays valid for a while and the promise says when that time is up.
 */

/** How long the link to the finished file lives on while the browser saves it. */
const LINK_LIFETIME_MS = 60_000;

/** Starts the download; resolves once the link has been revoked. */
export function handToDownloads(archive: Blob, name: string): Promise<void> {
  const url = URL.createObjectURL(archive);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  return new Promise((revoked) =>
    setTimeout(() => {
      URL.revokeObjectURL(url);
      revoked();
    }, LINK_LIFETIME_MS),
  );
}
