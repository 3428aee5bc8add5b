import type { ComponentChildren } from 'preact';

interface Props {
  /** Wording with {placeholders}, from a tool's copy file. */
  template: string;
  /** What stands for each placeholder: text, or markup such as a link. */
  parts: Readonly<Record<string, ComponentChildren>>;
}

/**
 * A template whose placeholders are markup (a link inside a sentence), so the wording stays one
 * sentence in the copy file. A placeholder without a part stays visible as written, like
 * fillTemplate; text is always rendered as text.
 */
export function TemplateText({ template, parts }: Props) {
  // split() with a capturing group alternates text and placeholder names.
  return (
    <>
      {template
        .split(/\{(\w+)\}/)
        .map((piece, index) => (index % 2 === 0 ? piece : Object.hasOwn(parts, piece) ? parts[piece] : `{${piece}}`))}
    </>
  );
}
