import { showSearchResults } from './render-search-results';

let wired = false;

function wire(dialog: HTMLDialogElement, returnFocusTo: HTMLElement | null) {
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = dialog.querySelector<HTMLElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void showSearchResults(input.value, list, status), 150);
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // Clicking the backdrop closes, as readers expect of a modal.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => returnFocusTo?.focus());
}

export function openSearchDialog(trigger: HTMLElement | null) {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  if (!dialog) return;
  if (!wired) {
    wire(dialog, trigger);
    wired = true;
  }
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
}
