import { Component, type ComponentType } from 'preact';
import type { MspMessage, MspPanelSetup } from '../../lib/tools/msp-message';
import { fillTemplate } from '../../lib/text/template';
import type { LeadFormProps } from './LeadForm';

interface Props {
  /** Who the MSP is, the panel's words and the lead form's setup, from the page (mspPanelFor). */
  setup: MspPanelSetup;
  /**
   * Identifies the result on screen (its share link, or the plan itself): when it changes, the
   * message is made again, so the reader never sends an earlier result.
   */
  version: unknown;
  /**
   * Works out the message. Called only once the reader reaches for the panel, so a tool loads
   * its summary writer then (a dynamic import) rather than with the page: the tool pages'
   * JavaScript budget counts what loads before the first interaction.
   */
  message: () => Promise<MspMessage>;
}

/** The panel's links, made for one version of the result. */
interface Links {
  version: unknown;
  email: string;
  booking: string | null;
}

interface State {
  links: Links | null;
  /** The lead form's component, loaded the first time the reader opens it. */
  LeadForm: ComponentType<LeadFormProps> | null;
  formOpen: boolean;
}

/**
 * Under every result: the reader's way to the MSP, carrying what they just worked out. Until the
 * reader reaches it, its links are plain (the MSP's address, the booking page), as the page was
 * built; each time the reader reaches it (pointer or focus), they are made for the result on
 * screen, and a link followed before that waits for its message.
 */
export class SendToMsp extends Component<Props, State> {
  override state: State = { links: null, LeadForm: null, formOpen: false };

  private async links(): Promise<Links> {
    const { setup, version, message } = this.props;
    const { links } = this.state;
    if (links && links.version === version) return links;
    const [{ mspEmailHref, mspBookingHref }, made] = await Promise.all([
      import('../../lib/tools/msp-message'),
      message(),
    ]);
    const next = {
      version,
      email: mspEmailHref(setup.contact, setup.words, made),
      booking: mspBookingHref(setup.contact, made),
    };
    // The result may have changed while this was made: only links for what is on screen are kept.
    if (version === this.props.version) this.setState({ links: next });
    return next;
  }

  private reach = () => void this.links();

  /** A link followed before its message was made (a tap straight onto it) waits for the message. */
  private follow = (event: MouseEvent) => {
    if (this.state.links?.version === this.props.version) return;
    event.preventDefault();
    const booking = (event.currentTarget as HTMLElement).dataset['action'] === 'book';
    void this.links().then((links) => {
      const href = booking ? links.booking : links.email;
      if (href) location.assign(href);
    });
  };

  private toggleForm = async () => {
    if (this.state.formOpen) {
      // Hidden, not removed: what the reader typed stays for when they open it again.
      this.setState({ formOpen: false });
      return;
    }
    const LeadForm = this.state.LeadForm ?? (await import('./LeadForm')).LeadForm;
    this.setState({ LeadForm, formOpen: true });
  };

  override render({ setup: { contact, words, lead }, message }: Props, { links, LeadForm, formOpen }: State) {
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
              target="_top"
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
              aria-expanded={formOpen}
              aria-controls={LeadForm ? 'lead-form' : undefined}
              onClick={() => void this.toggleForm()}
              data-action="lead"
            >
              {fillTemplate(lead.words.open, msp)}
            </button>
          )}
        </p>
        {lead && LeadForm && <LeadForm hidden={!formOpen} msp={contact.name} setup={lead} message={message} />}
      </section>
    );
  }
}
