import type { PlannerWords } from '../../lib/handoff-copy/copy-schema';
import { fillTemplate } from '../../lib/text/template';
import { LinkNotice } from '../shell/LinkNotice';

/** What the planner tells the reader about the plan on screen: where it came from. */
export type PlanNotice =
  /** A shared link's plan, with what of it could not be used. */
  | { kind: 'link'; replacedSaved: boolean; warnings: readonly string[] }
  /** A link that could not be read: nothing changed. */
  | { kind: 'refused'; error: string; savedKept: boolean }
  /** A file the reader opened, or (file name null) the plan made from the assessment. */
  | { kind: 'opened'; fileName: string | null; replacedSaved: boolean; warnings: readonly string[] }
  /** The plan that a link or a file replaced, put back. */
  | { kind: 'went-back' }
  /** A first plan filled in from the assessment. */
  | { kind: 'filled' }
  /** A saved plan kept on arrival from the assessment, which the reader may start from instead. */
  | { kind: 'offer-assessment' };

interface Props {
  notice: PlanNotice;
  words: PlannerWords['notices'];
  /** A replaced plan is kept, so the reader can go back to it. */
  canGoBack: boolean;
  onGoBack(): void;
  onStartFromAssessment(): void;
  onDismiss(): void;
}

function says(notice: PlanNotice, words: PlannerWords['notices']): string | undefined {
  switch (notice.kind) {
    case 'refused':
      return notice.savedKept ? `${notice.error} ${words.savedUnchanged}` : notice.error;
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
export function PlanNotice({ notice, words, canGoBack, onGoBack, onStartFromAssessment, onDismiss }: Props) {
  const replaced =
    notice.kind === 'went-back' || ((notice.kind === 'link' || notice.kind === 'opened') && notice.replacedSaved);
  return (
    <LinkNotice
      words={words.link}
      fromLink={notice.kind === 'link'}
      replacedSaved={notice.kind === 'link' && notice.replacedSaved}
      says={says(notice, words)}
      setAside={notice.kind === 'link' || notice.kind === 'opened' ? notice.warnings : []}
      // The file and link readers end a long list with a line that counts the rest (warning-list.ts).
      more={0}
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
