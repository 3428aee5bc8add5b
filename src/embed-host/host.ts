/*
 * /embed.js, the script an MSP pastes beside an embed frame: sizes each frame of this site's
 * embed pages to the height its tool reports, so the frame never scrolls by itself. Built by
 * src/integrations/embed-host-script.ts into one small file at a fixed address.
 */
import { EMBED_PREFIX } from '../lib/embed/pages';
import {
  GROWTH_WINDOW_MS,
  HELLO_MESSAGE,
  initialSize,
  nextSize,
  readHeight,
  settleSize,
  type SizeState,
} from '../lib/embed/protocol';

const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  // The site's origin is the one this script came from: no configuration to get wrong.
  const origin = new URL(script.src).origin;
  const sizes = new WeakMap<HTMLIFrameElement, SizeState>();
  const settling = new WeakMap<HTMLIFrameElement, ReturnType<typeof setTimeout>>();
  const ours = (frame: HTMLIFrameElement) => frame.src.startsWith(origin + EMBED_PREFIX);

  const resize = (frame: HTMLIFrameElement, size: SizeState) => {
    sizes.set(frame, size);
    frame.style.height = `${size.height}px`;
    clearTimeout(settling.get(frame));
    if (size.held !== undefined) {
      settling.set(
        frame,
        setTimeout(() => resize(frame, settleSize(sizes.get(frame) ?? size, performance.now())), GROWTH_WINDOW_MS),
      );
    }
  };

  addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const height = readHeight(event.data);
    if (height === null) return;
    for (const frame of document.querySelectorAll('iframe')) {
      // Only the frame that sent it, and only if it shows one of this site's embed pages.
      if (frame.contentWindow !== event.source || !ours(frame)) continue;
      resize(frame, nextSize(sizes.get(frame) ?? initialSize(frame.offsetHeight), height, event.timeStamp));
    }
  });

  // Frames that reported before this script ran, and frames that load (or reload) later, are
  // asked for their height.
  const greet = (frame: HTMLIFrameElement) => {
    if (ours(frame)) frame.contentWindow?.postMessage({ type: HELLO_MESSAGE }, origin);
  };
  document.querySelectorAll('iframe').forEach(greet);
  // `load` does not bubble; a listener on the capture path still hears every frame's.
  document.addEventListener('load', (event) => event.target instanceof HTMLIFrameElement && greet(event.target), true);
}
