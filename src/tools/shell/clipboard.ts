/**
 * Puts text on the clipboard. False when the browser refuses (no permission, an embedding page
 * that did not allow clipboard-write, an older browser): the caller then offers the text in a
 * selected field to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
