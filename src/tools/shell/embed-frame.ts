/*
 * The one script an embed page adds (/embed/<tool>/): tells the host page how tall the tool is,
 * and keeps in-page jumps inside the frame. Every other link opens the full site in a new tab
 * through the layout's <base target="_blank">, which works without this script too.
 */
import { heightMessage, isHello } from '../../lib/embed/protocol';

if (window.parent !== window) {
  const content = document.body;
  // Any origin may read it: the browser already refused every framing page not on the brand's
  // list (frame-ancestors), and a height says nothing about the reader's answers.
  const post = () => window.parent.postMessage(heightMessage(content.getBoundingClientRect().height), '*');
  new ResizeObserver(post).observe(content);
  // The host's script may start after the first report (see HELLO_MESSAGE): it asks again.
  addEventListener('message', (event) => event.source === window.parent && isHello(event.data) && post());
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  if (link instanceof HTMLAnchorElement && !link.hasAttribute('target')) link.target = '_self';
});
