/*
 * What the panel under a result does once the reader reaches for it: loaded then, with the
 * message writers, so a tool page pays nothing for it up front (SendToMsp.tsx draws the panel).
 */
import { mspBookingHref, mspEmailHref } from '../../lib/tools/msp-message';
import type { MspLinks, SendToMsp } from './SendToMsp';

/** The panel's links for the result on screen, made once per version of it. */
export async function makeLinks(panel: SendToMsp): Promise<MspLinks> {
  const { setup, version, message } = panel.props;
  const { links } = panel.state;
  if (links && links.version === version) return links;
  const made = await message();
  const next = {
    version,
    email: mspEmailHref(setup.contact, setup.words, made),
    booking: mspBookingHref(setup.contact, made),
  };
  // The result may have changed while this was made: only links for what is on screen are kept.
  if (version === panel.props.version) panel.setState({ links: next });
  return next;
}

/** Follows a link the reader chose before its message was made, once it is. */
export async function followWhenMade(panel: SendToMsp, booking: boolean): Promise<void> {
  const links = await makeLinks(panel);
  // The booking page opens in a new tab, as its link does; an e-mail link opens the mail program.
  if (booking && links.booking) window.open(links.booking, '_blank', 'noopener');
  else if (!booking && links.email) location.assign(links.email);
}
