/*
 * Build time only (tool pages' frontmatter): what the panel under every result needs, and the
 * one change to the page's policy that the lead form needs. Calling this is what puts the panel
 * on a page, so a page that can send a lead is exactly a page whose policy allows it.
 */
import { brand } from '../../lib/config/brand';
import { leadCapture } from '../../lib/config/lead-capture';
import { leadCaptureDirectives } from '../../lib/config/lead-capture-csp';
import type { MspPanelSetup } from '../../lib/tools/msp-message';
import { sharedToolCopy } from '../../lib/tools/shared-tool-copy';

/** The part of Astro.csp this needs. */
interface PagePolicy {
  insertDirective(directive: ReturnType<typeof leadCaptureDirectives>[number]): void;
}

/** Call from the page body's frontmatter: the policy is written into <head>, before any component below it renders. */
export function mspPanelFor(csp: PagePolicy | undefined): MspPanelSetup {
  // Undefined only where Astro writes no policy at all (the dev server).
  for (const directive of leadCaptureDirectives(leadCapture)) csp?.insertDirective(directive);
  return {
    contact: { name: brand.mspName, email: brand.contactEmail, booking: brand.booking },
    words: sharedToolCopy.sendToMsp,
    // The form's words reach the page only when there is a form.
    lead: leadCapture && { config: leadCapture, words: sharedToolCopy.leadForm },
  };
}
