import type { MspContact } from '../../lib/tools/msp-message';
import { mspBookingHref, mspEmailHref } from '../../lib/tools/msp-message';
import type { SendToMspWords } from '../../lib/tools/words-schema';
import { fillTemplate } from '../../lib/text/template';

interface Props {
  words: SendToMspWords;
  contact: MspContact;
  subject: string;
  /** Plain text: what the reader worked out, in a few lines. Never holds personal data. */
  summary: string;
  /** The share link that reopens the result. */
  url: string;
}

/** Under every result: the reader's way to the MSP, carrying what they just worked out. */
export function SendToMsp({ words, contact, subject, summary, url }: Props) {
  const msp = { msp: contact.name };
  const booking = mspBookingHref(contact, summary, url);
  return (
    <section class="send-to-msp no-print" aria-labelledby="send-to-msp-title">
      <h3 id="send-to-msp-title">{fillTemplate(words.title, msp)}</h3>
      <p>{fillTemplate(words.intro, msp)}</p>
      <p class="send-to-msp-actions">
        <a class="button" href={mspEmailHref(contact, words, subject, summary, url)} data-action="email-msp">
          {fillTemplate(words.email, msp)}
        </a>
        {booking && (
          <a class="button secondary" href={booking} target="_top" rel="noopener" data-action="book">
            {fillTemplate(words.book, msp)}
          </a>
        )}
      </p>
    </section>
  );
}
