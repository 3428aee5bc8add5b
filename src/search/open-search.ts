import { openSearchDialog } from './search-dialog';

/**
 * Runs when the reader first asks for search: the loader on every page puts this module in only
 * then, so no page fetches search code before it paints. It opens the dialog it was loaded for,
 * and again on each later request.
 */
const trigger = document.querySelector<HTMLElement>('[data-search-open]');
openSearchDialog(trigger);
// The loader (SearchDialog.astro) sends this when the reader asks again; it cannot import a
// shared name without losing its place inline in the page.
document.addEventListener('search:open', () => openSearchDialog(trigger));
