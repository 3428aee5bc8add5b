interface IgnoredValue {
  param: string;
  value: string;
  reason: string;
}

interface Props {
  fromLink: boolean;
  replacedSaved: boolean;
  ignored: readonly IgnoredValue[];
  onDismiss(): void;
}

/** Says where the answers on screen came from, and which values of a link were not used. */
export function LinkNotice({ fromLink, replacedSaved, ignored, onDismiss }: Props) {
  if (!fromLink && ignored.length === 0) return null;
  return (
    <div class="notice" role="region" aria-label="About this link">
      {fromLink && (
        <p>
          {replacedSaved
            ? 'These answers come from the link you opened. They replace the answers saved in this browser.'
            : 'These answers come from the link you opened.'}{' '}
          Change any of them below.
        </p>
      )}
      {ignored.length > 0 && (
        <>
          <p>Some values in the link could not be used, so sensible defaults stand in for them:</p>
          <ul>
            {ignored.map((item, index) => (
              <li key={index}>
                <code>{item.param}</code>
                {item.value !== '' && (
                  <>
                    {' = '}
                    <code>{item.value}</code>
                  </>
                )}
                : {item.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
