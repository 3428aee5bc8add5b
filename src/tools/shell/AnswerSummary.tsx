import type { ComponentChildren } from 'preact';
import type { AnswerSummaryWords } from '../../lib/tools/words-schema';

/**
 * One answer in short: a term and its values (one line each), or, with the term '', a sentence
 * on its own.
 */
export type SummaryLine = readonly [term: string, ...values: string[]];

export interface AnswerSummaryProps {
  lines: readonly SummaryLine[];
  words: AnswerSummaryWords;
  /** It sits inside the result (h3) or beside the result's own sections (h2). */
  level: 2 | 3;
  /** Where the answers came from, said with them while the form is put away. */
  notices: ComponentChildren;
  /** Brings back the form. */
  onChange: () => void;
}

/**
 * The answers in short, with the result a link opened the page on, and the way back to the form.
 * ToolLayout loads this only for such a page: most visits never show it.
 */
export function AnswerSummary({ lines, words, level, notices, onChange }: AnswerSummaryProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="answer-summary no-print" aria-labelledby="answer-summary-title">
      <Heading id="answer-summary-title">{words.title}</Heading>
      {lines.some(([term]) => term) ? (
        <dl>
          {lines.map(([term, ...values]) => (
            <div key={term}>
              <dt>{term}</dt>
              {values.map((value, index) => (
                <dd key={index}>{value}</dd>
              ))}
            </div>
          ))}
        </dl>
      ) : (
        <ul>
          {lines.map(([, text], index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      )}
      {notices}
      <button type="button" class="secondary" onClick={onChange}>
        {words.change}
      </button>
    </section>
  );
}
