import type { ComponentChildren } from 'preact';
import type { SetAsideEntry } from '../../lib/links/decode-link';
import { reasonInWords, type ReasonWords } from '../../lib/links/reason-words';
import { WHOLE_LINK_REASON, type SetAsideReason } from '../../lib/links/reasons';
import type { LinkNoticeWords } from '../../lib/tools/words-schema';
import { fillTemplate } from '../../lib/text/template';

/** A link's values that could not be used, and the tool's words for why. */
export interface LinkValuesSetAside<Reason extends SetAsideReason> {
  ignored: readonly SetAsideEntry<Reason>[];
  words: ReasonWords<Reason>;
  /** Numbers in reasons are written as the page writes them. */
  locale: string;
}

interface Props<Reason extends SetAsideReason> {
  words: LinkNoticeWords;
  /** The answers on screen came from the link the reader opened. */
  fromLink: boolean;
  /** …and replaced different work saved in this browser. */
  replacedSaved: boolean;
  /**
   * Said in place of the link's sentence, for work that came another way (the planner's file,
   * or its earlier plan put back) or a link that could not be read at all.
   */
  says?: string | undefined;
  /**
   * What could not be used, with why: a link's values, worded here when the notice shows, or
   * sentences that name what they are about (the planner's). Untrusted text, rendered as text.
   */
  setAside: LinkValuesSetAside<Reason> | readonly string[];
  /** How many more were set aside than the list shows. */
  more: number;
  /** Nothing was changed: the notice stands out. */
  error?: boolean;
  onDismiss: () => void;
  /** The tool's own actions (go back to the work that was replaced, say), before Dismiss. */
  children?: ComponentChildren;
}

/** A value of the link and why it was not used; a reason about the whole link on its own. */
function valueItem<Reason extends SetAsideReason>(
  { param, value, reason }: SetAsideEntry<Reason>,
  { words, locale }: LinkValuesSetAside<Reason>,
) {
  const why = reasonInWords(reason, words, locale);
  return reason.code === WHOLE_LINK_REASON ? (
    why
  ) : (
    <>
      <code>{param}</code>
      {value && (
        <>
          {' = '}
          <code>{value}</code>
        </>
      )}
      : {why}
    </>
  );
}

/**
 * Says where the answers on screen came from, and which values of a link were not used. It can
 * take focus (tabindex -1), so a tool may move the reader to it when it appears.
 */
export function LinkNotice<Reason extends SetAsideReason>({
  words,
  fromLink,
  replacedSaved,
  says,
  setAside,
  more,
  error,
  onDismiss,
  children,
}: Props<Reason>) {
  const items = 'ignored' in setAside ? setAside.ignored.map((entry) => valueItem(entry, setAside)) : setAside;
  if (!fromLink && !says && items.length === 0) return null;
  return (
    <div class={error ? 'notice is-error' : 'notice'} role="region" aria-label={words.label} tabIndex={-1}>
      {says ? (
        <p>{says}</p>
      ) : (
        fromLink && (
          <p>
            {replacedSaved ? words.replacedSaved : words.fromLink} {words.changeThem}
          </p>
        )
      )}
      {items.length > 0 && (
        <>
          <p>{words.ignored}</p>
          <ul>
            {items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
          {more > 0 && <p>{fillTemplate(words.more, { count: more })}</p>}
        </>
      )}
      <div class="share-buttons">
        {children}
        <button type="button" class="secondary" onClick={onDismiss}>
          {words.dismiss}
        </button>
      </div>
    </div>
  );
}
