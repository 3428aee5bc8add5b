import type { AssessmentCopy } from '../../lib/assessment/copy-schema';

/**
 * Behaviour for the static ResultActions.astro markup inside the island: its links are kept
 * current after each render, and its buttons are handled by one delegated click listener.
 */

export function updateActionLinks(root: Element, links: { estimator: string; email: string }) {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-action]')) {
    link.href = links[link.dataset['action'] as keyof typeof links] ?? link.href;
  }
}

export async function onActionClick(event: Event, url: string, share: AssessmentCopy['share']) {
  const button = (event.target as Element).closest('button[data-action]') as HTMLElement | null;
  const root = event.currentTarget as Element;
  if (button?.dataset['action'] === 'print') print();
  if (button?.dataset['action'] !== 'copy') return;
  const status = root.querySelector('.share-status')!;
  const manual = root.querySelector<HTMLElement>('[data-action=manual]')!;
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = share.copied;
    manual.hidden = true;
  } catch {
    // Clipboard access can be refused (permissions, older browsers): offer the link to copy by hand.
    status.textContent = share.blocked;
    manual.hidden = false;
    const field = manual.querySelector('input')!;
    field.value = url;
    field.select();
  }
}
