import type { CheckResult } from '../../lib/handoff/checks';

interface Props {
  checks: readonly CheckResult[];
  /** Which checks these are, for screen readers: a row's, or the whole plan's. */
  label: string;
}

/** Open checks, each with the part of the guide that explains it; messages are plain text. */
export const CheckList = ({ checks, label }: Props) => (
  <ul class="hp-checks" aria-label={label}>
    {checks.map((check) => (
      // One check can be open on several rows.
      <li key={`${check.id} ${check.rowId}`}>
        {check.message} <a href={check.href}>{check.guideTitle}</a>
      </li>
    ))}
  </ul>
);
