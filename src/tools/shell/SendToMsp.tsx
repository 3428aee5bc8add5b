import { Component, type ComponentType } from 'preact';
import type { MspMessage, MspPanelSetup } from '../../lib/tools/msp-message';
import { fillTemplate } from '../../lib/text/template';
import type { LeadFormProps } from './LeadForm';

export interface SendToMspProps {
  /** Who the MSP is, the panel's words and the lead form's setup, from the page (mspPanelFor). */
  setup: MspPanelSetup;
  /**
   * Identifies the result on screen (its share link, or the plan itself): when it changes, the
   * message is made again, so the reader never sends an earlier result.
   */
  version: unknown;
  /**
   * Works out the message. Called only once the reader reaches for the panel, so a tool loads
   * its summary writer then (a dynamic import) rather than with the page.
   */
  message: () => Promise<MspMessage>;
}

/** The panel's links, made for one version of the result. */
export interface MspLinks {
  version: unknown;
  email: string;
  booking: string | null;
}

export interface SendToMspState {
  links?: MspLinks;
  /** The lead form's component, loaded the first time the reader opens it. */
  LeadForm?: ComponentType<LeadFormProps>;
  formOpen?: boolean;
  /** Set when a part of the panel could not be fetched (offline, say): the reader is told, and can try again. */
  loadFailed?: boolean;
}

/** What the panel does beyond drawing itself, loaded when the reader first reaches for it. */
const live = () => import('./send-to-msp-live');

/**
 * Under every result: the reader's way to the MSP, carrying what they just worked out. Until the
 * reader reaches it, its links are plain (the MSP's address, the booking page), as the page was
 * built; each time the reader reaches it (pointer or focus), they are made for the result on
 * screen, and a link followed before that waits for its message. The tool pages' JavaScript
 * budget counts what loads before the first interaction, so only the drawing is eager.
 */
export class SendToMsp extends Component<SendToMspProps, SendToMspState> {
  override state: SendToMspState = {};

  // Only a head start: a link followed later makes its message again, or falls back to the plain one.
  private reach = () =>
    void live()
      .then(({ makeLinks }) => makeLinks(this))
      .catch(() => {});

  private follow = (event: MouseEvent) => {
    if (this.state.links?.version === this.props.version) return;
    event.preventDefault();
    const booking = (event.currentTarget as HTMLElement).dataset['action'] === 'book';
    const { contact } = this.props.setup;
    void live()
      .then(({ followWhenMade }) => followWhenMade(this, booking))
      // The summary could not be made (offline, say): the plain link still reaches the MSP.
      .catch(() => {
        if (booking && contact.booking) window.open(contact.booking.url, '_blank', 'noopener');
        else if (!booking) location.assign(`mailto:${contact.email}`);
      });
  };

  private toggleForm = async () => {
    if (this.state.formOpen) {
      // Folded away, not removed: what the reader typed stays for when they open it again.
      this.setState({ formOpen: false });
      return;
    }
    try {
      const LeadForm = this.state.LeadForm ?? (await import('./LeadForm')).LeadForm;
      this.setState({ LeadForm, formOpen: true, loadFailed: false });
    } catch {
      this.setState({ loadFailed: true });
    }
  };

  override render(
    { setup: { contact, words, lead }, message }: SendToMspProps,
    { links, LeadForm, formOpen, loadFailed }: SendToMspState,
  ) {
    const msp = { msp: contact.name };
    return (
      <section
        class="send-to-msp no-print"
        aria-labelledby="send-to-msp-title"
        onPointerEnter={this.reach}
        onFocusIn={this.reach}
      >
        <h3 id="send-to-msp-title">{fillTemplate(words.title, msp)}</h3>
        <p>{fillTemplate(words.intro, msp)}</p>
        <p class="send-to-msp-actions">
          <a
            class="button"
            href={links?.email ?? `mailto:${contact.email}`}
            onClick={this.follow}
            data-action="email-msp"
          >
            {fillTemplate(words.email, msp)}
          </a>
          {contact.booking && (
            <a
              class="button secondary"
              href={links?.booking ?? contact.booking.url}
              target="_blank"
              rel="noopener"
              onClick={this.follow}
              data-action="book"
            >
              {fillTemplate(words.book, msp)}
            </a>
          )}
          {lead && (
            <button
              type="button"
              class="secondary"
              aria-expanded={!!formOpen}
              aria-controls={LeadForm && 'lead-form'}
              onClick={() => void this.toggleForm()}
              data-action="lead"
            >
              {fillTemplate(lead.words.open, msp)}
            </button>
          )}
        </p>
        {loadFailed && (
          <p class="notice" role="alert">
            {fillTemplate(words.loadFailed, msp)}
          </p>
        )}
        {lead && LeadForm && <LeadForm hidden={!formOpen} msp={contact.name} setup={lead} message={message} />}
      </section>
    );
  }
}
