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
  /** Values of the link that could not be used, with why; untrusted text, rendered as text. */
  setAside: readonly SetAside[];
  /** How many more were set aside than the list shows. */
  more: number;
  onDismiss: () => void;
}

/** Says where the answers on screen came from, and which values of a link were not used. */
export function LinkNotice({ words, fromLink, replacedSaved, setAside, more, onDismiss }: Props) {
  if (!fromLink && setAside.length === 0) return null;
  return (
    <div class="notice" role="region" aria-label={words.label}>
      {fromLink && (
        <p>
          {replacedSaved ? words.replacedSaved : words.fromLink} {words.changeThem}
        </p>
      )}
      {setAside.length > 0 && (
        <>
          <p>{words.ignored}</p>
          <ul>
            {setAside.map(({ param, value, reason }, index) => (
              <li key={index}>
                <code>{param}</code>
                {value && (
                  <>
                    {' = '}
                    <code>{value}</code>
                  </>
                )}
                : {reason}
              </li>
            ))}
          </ul>
          {more > 0 && <p>{fillTemplate(words.more, { count: more })}</p>}
        </>
      )}
      <button type="button" class="secondary" onClick={onDismiss}>
        {words.dismiss}
      </button>
    </div>
  );
}
