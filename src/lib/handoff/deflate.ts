/**
 * Raw DEFLATE through the platform's CompressionStream (browsers and Node 24), so the share
 * link costs no library. Inflating stops as soon as the output passes a limit: a few hundred
 * bytes of link can otherwise expand into gigabytes (a "zip bomb") and freeze the tab.
 */

export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-big' | 'damaged' };

/** Never throws: damaged input and output beyond `maxBytes` are both a plain result. */
export async function inflateRaw(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Inflated> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-big' };
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return { ok: true, bytes: out };
  } catch {
    await reader?.cancel().catch(() => undefined);
    return { ok: false, reason: 'damaged' };
  }
}
