import { Component, createRef } from 'preact';
import type { LeadCapture } from '../../lib/config/lead-capture-schema';
import {
  checkLead,
  EMPTY_LEAD_FORM,
  LEAD_LIMITS,
  type LeadField,
  type LeadFormValues,
  type LeadProblem,
} from '../../lib/tools/lead-form';
import { leadRequest, sendLead, type LeadOutcome } from '../../lib/tools/lead-request';
import { summaryWithLink, type MspMessage } from '../../lib/tools/msp-message';
import type { LeadFormWords } from '../../lib/tools/words-schema';
import { fillTemplate } from '../../lib/text/template';
import { copyText } from './clipboard';
import { InputField } from './InputField';
import { toolPageUrl } from './page-address';

export interface LeadFormProps {
  /** Collapsed by the panel's button; kept mounted, so nothing typed is lost. */
  hidden: boolean;
  msp: string;
  setup: { config: LeadCapture; words: LeadFormWords };
  /** The result's message, made when the reader presses Send. */
  message: () => Promise<MspMessage>;
}

type Status =
  | { kind: 'editing' }
  | { kind: 'sending' }
  | { kind: 'sent' }
  /** `text` is the summary and link, offered to copy by hand. */
  | { kind: 'failed'; outcome: Exclude<LeadOutcome, { sent: true }>; text: string };

interface State {
  values: LeadFormValues;
  problems: Partial<Record<LeadField, LeadProblem>>;
  /** After the first refused Send, problems are checked again as the reader types. */
  tried: boolean;
  status: Status;
  /** What the copy button last did. */
  copied: '' | 'copied' | 'blocked';
}

const ID = { name: 'lead-name', email: 'lead-email', company: 'lead-company', consent: 'lead-consent' } as const;
const errorId = (field: LeadField) => `${ID[field]}-error`;

/**
 * The optional lead form inside the panel under a result (loaded when the reader opens it). What
 * the reader types lives in this component's state only: never in storage, never in an address.
 * Only a 2xx answer counts as sent; any other ending says why, keeps every value, and offers the
 * summary to copy.
 */
export class LeadForm extends Component<LeadFormProps, State> {
  override state: State = {
    values: EMPTY_LEAD_FORM,
    problems: {},
    tried: false,
    status: { kind: 'editing' },
    copied: '',
  };
  private fields: Record<LeadField, ReturnType<typeof createRef<HTMLInputElement>>> = {
    name: createRef(),
    email: createRef(),
    company: createRef(),
    consent: createRef(),
  };
  /** The outcome's message, which takes the focus so it is read out and the reader starts from it. */
  private outcome = createRef<HTMLDivElement>();

  private change(field: LeadField, value: string | boolean) {
    this.setState(({ values, tried }) => {
      const next = { ...values, [field]: value };
      const check = checkLead(next);
      return { values: next, problems: tried && !check.ok ? check.problems : {}, copied: '' };
    });
  }

  private submit = async (event: Event) => {
    event.preventDefault();
    if (this.state.status.kind === 'sending') return;
    const check = checkLead(this.state.values);
    if (!check.ok) {
      this.setState({ problems: check.problems, tried: true });
      this.fields[check.first].current?.focus();
      return;
    }
    this.setState({ problems: {}, status: { kind: 'sending' }, copied: '' });
    const { config } = this.props.setup;
    const message = await this.props.message();
    const page = { url: toolPageUrl(), title: document.title };
    const outcome = await sendLead(leadRequest(config, check.details, message, page), config.timeoutSeconds * 1000);
    this.setState(
      { status: outcome.sent ? { kind: 'sent' } : { kind: 'failed', outcome, text: summaryWithLink(message) } },
      () => this.outcome.current?.focus(),
    );
  };

  private copy = async () => {
    const { status } = this.state;
    if (status.kind !== 'failed') return;
    this.setState({ copied: (await copyText(status.text)) ? 'copied' : 'blocked' });
  };

  private reason(outcome: Exclude<LeadOutcome, { sent: true }>): string {
    const { msp, setup } = this.props;
    const { words } = setup;
    if (outcome.reason === 'refused') return fillTemplate(words.refused, { msp, status: outcome.status });
    return fillTemplate(outcome.reason === 'timeout' ? words.timedOut : words.network, { msp });
  }

  private error(field: LeadField) {
    const problem = this.state.problems[field];
    return problem ? fillTemplate(this.props.setup.words[problem], { msp: this.props.msp }) : '';
  }

  private textField(field: 'name' | 'email' | 'company', label: string, hint?: string) {
    return (
      <InputField
        id={ID[field]}
        name={field}
        label={label}
        hint={hint}
        error={this.error(field)}
        invalid={!!this.state.problems[field]}
        value={this.state.values[field]}
        inputRef={this.fields[field]}
        onInput={(event) => this.change(field, (event.currentTarget as HTMLInputElement).value)}
        input={{
          type: field === 'email' ? 'email' : 'text',
          autoComplete: field === 'company' ? 'organization' : field,
          required: field !== 'company',
          maxLength: LEAD_LIMITS[field],
        }}
      />
    );
  }

  override render(
    { hidden, msp, setup: { words, config } }: LeadFormProps,
    { values, problems, status, copied }: State,
  ) {
    const fill = (template: string) => fillTemplate(template, { msp });
    if (status.kind === 'sent') {
      return (
        <div id="lead-form" class="lead-form" hidden={hidden}>
          <p role="status" class="notice lead-sent" tabIndex={-1} ref={this.outcome}>
            {fill(words.sent)}
          </p>
        </div>
      );
    }
    const sending = status.kind === 'sending';
    return (
      // post, never get: the browser must never put what was typed into an address.
      <form id="lead-form" class="lead-form" method="post" noValidate hidden={hidden} onSubmit={this.submit}>
        <p>{fill(words.intro)}</p>
        {this.textField('name', words.name)}
        {this.textField('email', words.email, fill(words.emailHint))}
        {this.textField('company', words.company)}
        <div class="field">
          <div class="choices">
            <label class="choice">
              <input
                ref={this.fields.consent}
                id={ID.consent}
                name="consent"
                type="checkbox"
                required
                checked={values.consent}
                aria-invalid={problems.consent ? 'true' : undefined}
                aria-describedby={problems.consent && errorId('consent')}
                onChange={(event) => this.change('consent', event.currentTarget.checked)}
              />
              <span>{config.consent}</span>
            </label>
          </div>
          {problems.consent && (
            <p id={errorId('consent')} class="field-error">
              {this.error('consent')}
            </p>
          )}
        </div>
        <p class="lead-send">
          {/* aria-disabled, not disabled: the button keeps the focus while the request is under way. */}
          <button type="submit" aria-disabled={sending ? 'true' : undefined} data-action="send-lead">
            {fill(words.send)}
          </button>
        </p>
        <p role="status" class="share-status">
          {sending ? fill(words.sending) : ''}
        </p>
        {status.kind === 'failed' && (
          <div role="alert" class="notice is-error lead-failed" tabIndex={-1} ref={this.outcome}>
            <p>
              {this.reason(status.outcome)} {fill(words.kept)}
            </p>
            <label for="lead-summary">{words.summaryLabel}</label>
            <textarea id="lead-summary" class="manual-copy" readOnly rows={6} value={status.text} />
            <p class="share-buttons">
              <button type="button" class="secondary" onClick={() => void this.copy()} data-action="copy-summary">
                {words.copy}
              </button>
            </p>
            <p role="status" class="share-status">
              {copied === 'copied' ? words.copied : copied === 'blocked' ? words.copyBlocked : ''}
            </p>
          </div>
        )}
      </form>
    );
  }
}
