import { fullPagePath, isEmbedPage } from '../../lib/embed/pages';

/**
 * The address of this tool's page on the full site, for share links: in an embed page
 * (/embed/<tool>/) a link must open the whole site, not the bare tool made for a frame.
 */
export const toolPageUrl = (): string => location.origin + fullPagePath(location.pathname);

/** True in an embed page, whose address must stay its own (the full pages refuse to be framed). */
export const inEmbedPage = (): boolean => isEmbedPage(location.pathname);
