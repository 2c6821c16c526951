/**
 * Turns the archive stream into a file the browser can save, without holding it in the page's
 * memory: the stream is cut into pieces of PIECE_BYTES, each made a Blob by `Response.blob()`, and
 * the pieces are joined by reference. The browsers keep such Blobs out of the page's memory
 * (Chrome's blob storage pages them to disk past its memory limit; Firefox writes a response Blob
 * past 1 MiB to a temporary file), so the page holds at most one piece at a time
 * (docs/architecture.md, S3 and transfers).
 */
export const PIECE_BYTES = 8 * 1024 * 1024;

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

export async function spool(stream: ReadableStream<Uint8Array>, type: string, pieceBytes = PIECE_BYTES): Promise<Blob> {
  const pieces: Blob[] = [];
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  const flush = async () => {
    if (held.length === 0) return;
    pieces.push(await new Response(streamOf(held)).blob());
    held = [];
    heldBytes = 0;
  };
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    held.push(value);
    heldBytes += value.byteLength;
    if (heldBytes >= pieceBytes) await flush();
  }
  await flush();
  return new Blob(pieces, { type });
}
