/*
 * /embed.js, the script an MSP pastes beside an embed frame: sizes each frame of this site's
 * embed pages to the height its tool reports, so the frame never scrolls by itself. Built by
 * src/integrations/embed-host-script.ts into one small file at a fixed address.
 */
import { EMBED_PREFIX } from '../lib/embed/pages';
import { initialSize, nextSize, readHeight, type SizeState } from '../lib/embed/protocol';

const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  // The site's origin is the one this script came from: no configuration to get wrong.
  const origin = new URL(script.src).origin;
  const sizes = new WeakMap<HTMLIFrameElement, SizeState>();
  addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const height = readHeight(event.data);
    if (height === null) return;
    for (const frame of document.querySelectorAll('iframe')) {
      // Only the frame that sent it, and only if it shows one of this site's embed pages.
      if (frame.contentWindow !== event.source || !frame.src.startsWith(origin + EMBED_PREFIX)) continue;
      const size = nextSize(sizes.get(frame) ?? initialSize(frame.offsetHeight), height, event.timeStamp);
      sizes.set(frame, size);
      frame.style.height = `${size.height}px`;
    }
  });
}
