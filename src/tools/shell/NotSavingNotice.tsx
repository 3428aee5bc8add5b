interface Props {
  /** False once the browser refused to store something. */
  storageWorks: boolean;
  text: string;
}

/** Says the tool will not remember this visit, so the reader keeps the link instead. */
export const NotSavingNotice = ({ storageWorks, text }: Props) =>
  storageWorks ? null : (
    <p class="notice" role="status">
      {text}
    </p>
  );
