import type { LeadCapture } from './lead-capture-schema';
import { leadCaptureUrl } from '../tools/lead-request';

/**
 * What a page with the lead form adds to its Content-Security-Policy: the one origin leads go
 * to, for the form's request (connect-src) and for a form posted there (form-action). Astro
 * merges each into the directive of the same name, after 'self'. Nothing without lead capture.
 */
export function leadCaptureDirectives(
  config: LeadCapture | null,
): (`connect-src ${string}` | `form-action ${string}`)[] {
  if (!config) return [];
  const { origin } = new URL(leadCaptureUrl(config));
  return [`connect-src ${origin}`, `form-action ${origin}`];
}
