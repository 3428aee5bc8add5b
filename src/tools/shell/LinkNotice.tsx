import type { ComponentChildren } from 'preact';
import type { LinkNoticeWords } from '../../lib/tools/words-schema';
import { fillTemplate } from '../../lib/text/template';

export interface SetAside {
  param: string;
  value: string;
  reason: string;
}

interface Props {
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
   * What could not be used, with why; untrusted text, rendered as text. A value of a link, or a
   * sentence that already names it (the planner's file and link reader write those).
   */
  setAside: readonly (SetAside | string)[];
  /** How many more were set aside than the list shows. */
  more: number;
  /** Nothing was changed: the notice stands out. */
  error?: boolean;
  onDismiss: () => void;
  /** The tool's own actions (go back to the work that was replaced, say), before Dismiss. */
  children?: ComponentChildren;
}

const setAsideItem = (item: SetAside | string) =>
  typeof item === 'string' ? (
    item
  ) : (
    <>
      <code>{item.param}</code>
      {item.value && (
        <>
          {' = '}
          <code>{item.value}</code>
        </>
      )}
      : {item.reason}
    </>
  );

/**
 * Says where the answers on screen came from, and which values of a link were not used. It can
 * take focus (tabindex -1), so a tool may move the reader to it when it appears.
 */
export function LinkNotice({
  words,
  fromLink,
  replacedSaved,
  says,
  setAside,
  more,
  error,
  onDismiss,
  children,
}: Props) {
  if (!fromLink && !says && setAside.length === 0) return null;
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
      {setAside.length > 0 && (
        <>
          <p>{words.ignored}</p>
          <ul>
            {setAside.map((item, index) => (
              <li key={index}>{setAsideItem(item)}</li>
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
