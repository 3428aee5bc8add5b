import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CADENCE_WORDS, detailText, ownerName, ownerText } from '../../../src/lib/handoff/describe-row';
import { CSV_HEADER, csvCell, exportMatrixCsv, matrixCsvRows, WHOLE_PLAN } from '../../../src/lib/handoff/export-csv';
import { exportMatrixMarkdown, markdownText } from '../../../src/lib/handoff/export-markdown';
import { matrixFileName } from '../../../src/lib/handoff/file-name';
import {
  addRow,
  createDefaultMatrix,
  removeRow,
  updateMatrixInfo,
  updateRow,
  type HandoffMatrix,
} from '../../../src/lib/handoff/matrix';
import { anyText, filledMatrix } from './fixtures';
import { parseCsv } from '../../support/parse-csv';

const rowOf = (matrix: HandoffMatrix, id: string) => matrix.rows.find((row) => row.id === id)!;

describe('describing a row', () => {
  const matrix = filledMatrix();

  it('names the owner by the team’s own name where there is one', () => {
    expect(ownerName('internal', matrix)).toBe('Acme IT');
    expect(ownerName('msp', matrix)).toBe('Northwind Managed Services');
    expect(ownerName('internal', createDefaultMatrix())).toBe('Internal team');
    expect(ownerName('msp', createDefaultMatrix())).toBe('MSP');
    expect(ownerName('shared', matrix)).toBe('Shared');
    expect(ownerName('unassigned', matrix)).toBe('Nobody yet');
  });

  it('adds the lead of a shared row, or says none is named', () => {
    expect(ownerText(rowOf(matrix, 'backup-dr'), matrix)).toBe('Shared, led by Dana Ortiz');
    expect(ownerText(rowOf(createDefaultMatrix(), 'incident-bridge'), matrix)).toBe('Shared, no lead named');
    expect(ownerText(rowOf(matrix, 'patching-rmm'), matrix)).toBe('Northwind Managed Services');
  });

  it('spells out each kind of detail', () => {
    expect(detailText(rowOf(matrix, 'ticket-intake'))).toBe('Intake channels: Service portal');
    expect(detailText(rowOf(createDefaultMatrix(), 'ticket-intake'))).toBe('Intake channels: none written down');
    expect(detailText(rowOf(matrix, 'scope-review'))).toBe('Review cadence: Quarterly');
    expect(detailText(rowOf(createDefaultMatrix(), 'scope-review'))).toBe('Review cadence: Not set');
    expect(detailText(rowOf(matrix, 'exit-terms'))).toBe(
      'Tools: RMM and PSA licences stay with the MSP; export format: CSV of all tickets; timeline: 30 days',
    );
    expect(detailText(rowOf(createDefaultMatrix(), 'exit-terms'))).toBe(
      'Tools: not named; export format: not named; timeline: not named',
    );
    expect(detailText(rowOf(matrix, 'backup-dr'))).toBe('');
    expect(Object.keys(CADENCE_WORDS)).toEqual(['', 'monthly', 'quarterly', 'twice-yearly', 'yearly']);
  });
});

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Patching and RMM')).toBe('Patching and RMM');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('guards cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('24/7 - nights')).toBe('24/7 - nights');
  });
});

describe('exportMatrixCsv', () => {
  it('writes a header and one line per row, CRLF, ending in a line break', () => {
    const text = exportMatrixCsv(filledMatrix());
    expect(text.split('\r\n')[0]).toBe('Kind,Row,Owner,Lead,Escalate to,Response target,Details,Notes,Open checks');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toHaveLength(1 + filledMatrix().rows.length);
  });

  it('writes each row’s owner, lead (only when shared), escalation, target, detail and notes', () => {
    const rows = parseCsv(exportMatrixCsv(filledMatrix()));
    expect(rows[1]).toEqual([
      'Function',
      'Strategy and budget',
      'Acme IT',
      '',
      'CFO',
      'Next business day',
      '',
      'Signs every PO.',
      '',
    ]);
    expect(rows.find((row) => row[1] === 'Backup and disaster recovery')).toEqual([
      'Function',
      'Backup and disaster recovery',
      'Shared',
      'Dana Ortiz',
      '',
      '',
      '',
      'Restore test monthly, report to Dana.',
      '',
    ]);
    expect(rows.find((row) => row[1] === 'Scope review')?.[6]).toBe('Review cadence: Quarterly');
    const moved = parseCsv(exportMatrixCsv(updateRow(filledMatrix(), 'backup-dr', { owner: 'msp' })));
    expect(moved.find((row) => row[1] === 'Backup and disaster recovery')?.slice(2, 4)).toEqual([
      'Northwind Managed Services',
      '',
    ]);
  });

  it('puts each open check on its row, and checks for missing rows on lines of their own', () => {
    const matrix = removeRow(updateRow(filledMatrix(), 'vendor-relationships', { owner: 'unassigned' }), 'exit-terms');
    const rows = parseCsv(exportMatrixCsv(matrix));
    expect(rows.find((row) => row[1] === 'Vendor relationships')?.[8]).toMatch(/^Nobody owns "Vendor relationships"/);
    expect(rows.at(-1)).toEqual([WHOLE_PLAN, '', '', '', '', '', '', '', expect.stringContaining('no exit terms row')]);
  });

  it('keeps hostile labels as text', () => {
    const matrix = addRow(filledMatrix(), 'function', '=cmd|" /C calc"!A0');
    const rows = matrixCsvRows(matrix);
    expect(rows.find((row) => row[1]?.includes('cmd'))?.[1]).toBe('=cmd|" /C calc"!A0');
    expect(exportMatrixCsv(matrix)).toContain(`"'=cmd|"" /C calc""!A0"`);
  });

  it('reads back as exactly the cells that went in, formula guard aside, for any text', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyText, anyText, (label, notes) => {
        const matrix = updateRow(addRow(createDefaultMatrix(), 'function', label), 'custom-1', { notes });
        const guarded = matrixCsvRows(matrix).map((row) =>
          row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
        );
        const parsed = parseCsv(exportMatrixCsv(matrix));
        expect(parsed).toEqual(guarded);
        expect(parsed.flat().some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });

  it('has the same columns on every line', () => {
    for (const line of parseCsv(exportMatrixCsv(removeRow(createDefaultMatrix(), 'scope-review')))) {
      expect(line).toHaveLength(CSV_HEADER.length);
    }
  });
});

describe('markdownText', () => {
  it('escapes what would make a link, an image, emphasis, code, HTML or a new table cell', () => {
    expect(markdownText('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(markdownText('![x](http://t/p.png)')).toBe('!\\[x\\](http://t/p.png)');
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(markdownText('a | b')).toBe('a \\| b');
    expect(markdownText('*bold* _it_ `code` ~~s~~ \\ &amp;')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\\\ \\&amp;',
    );
    expect(markdownText('Plain words, 24/7.')).toBe('Plain words, 24/7.');
  });
});

describe('exportMatrixMarkdown', () => {
  it('prints the teams, the date, a table per kind of row and the open checks', () => {
    const matrix = updateRow(filledMatrix(), 'vendor-relationships', { owner: 'unassigned' });
    const text = exportMatrixMarkdown(matrix);
    expect(text).toContain(
      '# Co-managed IT handoff matrix\n\n- **Internal team:** Acme IT\n- **MSP:** Northwind Managed Services\n- **Date:** 2026-03-01\n',
    );
    expect(text).toContain(
      '## Functions\n\n| Function | Owner | Escalate to | Response target | Notes |\n| --- | --- | --- | --- | --- |\n',
    );
    expect(text).toContain('| Strategy and budget | Acme IT | CFO | Next business day | Signs every PO. |');
    expect(text).toContain(
      '| Backup and disaster recovery | Shared, led by Dana Ortiz |  |  | Restore test monthly, report to Dana. |',
    );
    expect(text).toContain(
      '## Handoff points\n\n| Handoff point | Owner | Escalate to | Response target | Details | Notes |',
    );
    expect(text).toContain('| Scope review | Acme IT |  |  | Review cadence: Quarterly |  |');
    expect(text).toContain(
      '## Open checks (1)\n\n- **Vendor relationships:** Nobody owns "Vendor relationships". Give it to one team, or share it with a named lead. See [Put the split in writing](</who-owns-what/#put-the-split-in-writing>).\n',
    );
    expect(text.endsWith('\n')).toBe(true);
  });

  it('says so when nothing is named, set or open', () => {
    const text = exportMatrixMarkdown({ ...createDefaultMatrix(), rows: [] });
    expect(text).toContain('- **Internal team:** not named\n- **MSP:** not named\n- **Date:** not set');
    expect(text).toContain('No functions listed.');
    expect(text).toContain('No handoff points listed.');
    expect(exportMatrixMarkdown(filledMatrix())).toContain('## Open checks (0)\n\nNo checks open.\n');
  });

  it('lists checks about missing rows under "Whole plan"', () => {
    expect(exportMatrixMarkdown(removeRow(filledMatrix(), 'scope-review'))).toContain(
      '- **Whole plan:** The plan has no scope review row',
    );
  });

  it('makes guide links absolute when given the site address', () => {
    const text = exportMatrixMarkdown(updateRow(filledMatrix(), 'scope-review', { reviewCadence: '' }), {
      siteUrl: 'https://co-managed-it.example/',
    });
    expect(text).toContain('See [Scope drift](<https://co-managed-it.example/handoff-failures/#scope-drift>).');
    const unusable = exportMatrixMarkdown(updateRow(filledMatrix(), 'scope-review', { reviewCadence: '' }), {
      siteUrl: 'not a url',
    });
    expect(unusable).toContain('(</handoff-failures/#scope-drift>)');
  });

  it('keeps every table line to its columns whatever the text holds', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (label, notes, team) => {
        let matrix = updateMatrixInfo(addRow(createDefaultMatrix(), 'function', label), { internalTeam: team });
        matrix = updateRow(matrix, 'custom-1', { notes, owner: 'internal' });
        const text = exportMatrixMarkdown(matrix);
        for (const line of text.split('\n').filter((candidate) => candidate.startsWith('| '))) {
          const cells = line.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2;
          expect(cells === 5 || cells === 6).toBe(true);
        }
        expect(text).not.toMatch(/(?<!\\)<(?!\/|https?:)/);
        expect(text.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(4);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('matrixFileName', () => {
  it('names the file after the team and the date', () => {
    expect(matrixFileName(filledMatrix(), 'csv')).toBe('handoff-matrix-acme-it-2026-03-01.csv');
    expect(matrixFileName(createDefaultMatrix(), 'json')).toBe('handoff-matrix.json');
    expect(matrixFileName({ internalTeam: 'Café  Zürich & Co. / IT', date: '' }, 'md')).toBe(
      'handoff-matrix-cafe-zurich-co-it.md',
    );
    expect(matrixFileName({ internalTeam: '../../etc/passwd', date: '../x' }, 'json')).toBe(
      'handoff-matrix-etc-passwd.json',
    );
    expect(matrixFileName({ internalTeam: '漢字', date: '2026-03-01' }, 'json')).toBe('handoff-matrix-2026-03-01.json');
    expect(matrixFileName({ internalTeam: 'x'.repeat(39) + ' yz', date: '' }, 'json')).toBe(
      `handoff-matrix-${'x'.repeat(39)}.json`,
    );
  });
});
