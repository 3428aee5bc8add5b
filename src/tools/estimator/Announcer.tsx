import { Component } from 'preact';

interface Props {
  /** What to read out; null until the tool has opened, so the figures it opens with are not read. */
  summary: string | null;
}

/** How long the figures must stay put before they are read out, so typing "250" reads one summary, not three. */
const SETTLE_MS = 500;

/** A live region that reads a short summary once the figures stop changing. */
export class Announcer extends Component<Props, { said: string }> {
  override state = { said: '' };
  private timer: ReturnType<typeof setTimeout> | undefined;

  override componentDidUpdate(previous: Props) {
    const { summary } = this.props;
    if (previous.summary === null || summary === null || summary === previous.summary) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.setState({ said: summary }), SETTLE_MS);
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  override render(_: Props, { said }: { said: string }) {
    return (
      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    );
  }
}
