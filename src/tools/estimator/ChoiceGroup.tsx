import type { ComponentChildren } from 'preact';

interface Props {
  /** Prefix of the hint's id. */
  id: string;
  legend: string;
  hint: string;
  /** The checkboxes or radios, each in its label. */
  children: ComponentChildren;
}

/** A group of checkboxes or radios under one legend, with the hint read along with the group. */
export const ChoiceGroup = ({ id, legend, hint, children }: Props) => (
  <fieldset class="field" aria-describedby={`${id}-hint`}>
    <legend>{legend}</legend>
    <p class="hint" id={`${id}-hint`}>
      {hint}
    </p>
    <div class="choices">{children}</div>
  </fieldset>
);
