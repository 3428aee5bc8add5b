import type { ComponentChildren } from 'preact';

interface Props {
  /** The table's class. */
  name: string;
  /** Names the scrollable region for screen readers. */
  label: string;
  head: readonly ComponentChildren[];
  /** Each row starts with its row header. */
  rows: readonly (readonly ComponentChildren[])[];
  /** Read by screen readers only. */
  caption?: string;
}

/** A table that scrolls sideways on a narrow screen instead of widening the page, with a header on every row. */
export const ScrollTable = ({ name, label, head, rows, caption }: Props) => (
  <div class="table-scroll" role="region" tabIndex={0} aria-label={label}>
    <table class={name}>
      {caption && <caption class="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {head.map((cell, index) => (
            <th key={index} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([header, ...cells], index) => (
          <tr key={index}>
            <th scope="row">{header}</th>
            {cells.map((cell, column) => (
              <td key={column}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
