import type { PlannerWords } from '../../lib/handoff-copy/copy-schema';
import { refusalInWords, warningInWords } from '../../lib/handoff/problem-words';
import type { ReadWarning, Refusal } from '../../lib/handoff/read-problems';
import { fillTemplate } from '../../lib/text/template';
import { LinkNotice } from '../shell/LinkNotice';

/** What of a plan could not be used as it was: the first MAX_WARNINGS, and how many more. */
interface Warnings {
  warnings: readonly ReadWarning[];
  more: number;
}

/** What the planner tells the reader about the plan on screen: where it came from. */
export type PlanNotice =
  /** A shared link's plan, with what of it could not be used. */
  | ({ kind: 'link'; replacedSaved: boolean } & Warnings)
  /** A link that could not be read: nothing changed. */
  | { kind: 'refused'; refusal: Refusal; savedKept: boolean }
  /** A file the reader opened, or (file name null) the plan made from the assessment. */
  | ({ kind: 'opened'; fileName: string | null; replacedSaved: boolean } & Warnings)
  /** The plan that a link or a file replaced, put back. */
  | { kind: 'went-back' }
  /** A first plan filled in from the assessment. */
  | { kind: 'filled' }
  /** A saved plan kept on arrival from the assessment, which the reader may start from instead. */
  | { kind: 'offer-assessment' };

interface Props {
  notice: PlanNotice;
  words: PlannerWords['notices'];
  /** Numbers in what reading the plan said are written as the page writes them. */
  locale: string;
  /** A replaced plan is kept, so the reader can go back to it. */
  canGoBack: boolean;
  onGoBack(): void;
  onStartFromAssessment(): void;
  onDismiss(): void;
}

function says(notice: PlanNotice, words: PlannerWords['notices'], locale: string): string | undefined {
  switch (notice.kind) {
    case 'refused': {
      const refused = refusalInWords('link', notice.refusal, words.reading, locale);
      return notice.savedKept ? `${refused} ${words.savedUnchanged}` : refused;
    }
    case 'opened': {
      const what =
        notice.fileName === null ? words.assessmentPlan : fillTemplate(words.fileName, { name: notice.fileName });
      const opened = fillTemplate(words.opened, { what });
      return notice.replacedSaved ? `${opened} ${words.replacedOnScreen}` : opened;
    }
    case 'went-back':
      return words.wentBack;
    case 'filled':
      return words.filledFromAssessment;
    case 'offer-assessment':
      return words.savedPlanStays;
    case 'link':
      return undefined;
  }
}

/** The planner's notices, all through the shell's LinkNotice, with a way back to a replaced plan. */
export function PlanNotice({ notice, words, locale, canGoBack, onGoBack, onStartFromAssessment, onDismiss }: Props) {
  const read = notice.kind === 'link' || notice.kind === 'opened' ? notice : null;
  const source = notice.kind === 'link' ? 'link' : 'file';
  const replaced = notice.kind === 'went-back' || read?.replacedSaved;
  return (
    <LinkNotice
      words={words.link}
      fromLink={notice.kind === 'link'}
      replacedSaved={notice.kind === 'link' && notice.replacedSaved}
      says={says(notice, words, locale)}
      setAside={read ? read.warnings.map((warning) => warningInWords(source, warning, words.reading, locale)) : []}
      more={read ? read.more : 0}
      error={notice.kind === 'refused'}
      onDismiss={onDismiss}
    >
      {replaced && canGoBack && (
        <button type="button" onClick={onGoBack}>
          {words.goBack}
        </button>
      )}
      {notice.kind === 'offer-assessment' && (
        <button type="button" onClick={onStartFromAssessment}>
          {words.startFromAssessment}
        </button>
      )}
    </LinkNotice>
  );
}
