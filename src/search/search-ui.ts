/** Everything search needs once the reader asks for it, as one chunk: no second round trip. */
export { openSearchDialog } from './search-dialog';
export { showSearchResults } from './render-search-results';
