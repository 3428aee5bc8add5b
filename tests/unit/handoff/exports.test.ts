import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detailText, ownerName, ownerText, planInShort } from '../../../src/lib/handoff/describe-row';
import { CSV_COLUMNS, csvCell, exportMatrixCsv, matrixCsvRows } from '../../../src/lib/handoff/export-csv';
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
import { handoffPlannerCopy as words } from '../../../src/lib/handoff-copy/copy';
import { fillTemplate } from '../../../src/lib/text/template';
import { anyText, filledMatrix } from './fixtures';
import { parseCsv } from '../../support/parse-csv';
import { ROW_NAMES } from '../../support/row-names';

const rowOf = (matrix: HandoffMatrix, id: string) => matrix.rows.find((row) => row.id === id)!;
const { owners, columns, kinds } = words.row;
const md = words.markdown;
const unowned = (row: string) => fillTemplate(words.checks.unowned, { row });
const cadence = (word: string) => fillTemplate(words.row.reviewCadence, { cadence: word });

describe('describing a row', () => {
  const matrix = filledMatrix();

  it('names the owner by the team’s own name where there is one', () => {
    expect(ownerName('internal', matrix, words.row)).toBe('Acme IT');
    expect(ownerName('msp', matrix, words.row)).toBe('Northwind Managed Services');
    expect(ownerName('internal', createDefaultMatrix(ROW_NAMES), words.row)).toBe(owners.internal);
    expect(ownerName('msp', createDefaultMatrix(ROW_NAMES), words.row)).toBe(owners.msp);
    expect(ownerName('shared', matrix, words.row)).toBe(owners.shared);
    expect(ownerName('unassigned', matrix, words.row)).toBe(owners.unassigned);
  });

  it('adds the lead of a shared row, or says none is named', () => {
    expect(ownerText(rowOf(matrix, 'backup-dr'), matrix, words.row)).toBe(
      fillTemplate(words.row.sharedLedBy, { lead: 'Dana Ortiz' }),
    );
    expect(ownerText(rowOf(createDefaultMatrix(ROW_NAMES), 'incident-bridge'), matrix, words.row)).toBe(
      words.row.sharedNoLead,
    );
    expect(ownerText(rowOf(matrix, 'patching-rmm'), matrix, words.row)).toBe('Northwind Managed Services');
  });

  it('sums up who owns what for a plan a link opened: each owner by name with its rows, then the day agreed', () => {
    const plan = updateRow(matrix, 'strategy-budget', { owner: 'unassigned' });
    const lines = planInShort(plan, words);
    const rowsOf = (owner: string) => plan.rows.filter((row) => row.owner === owner).map((row) => row.label);
    expect(lines).toEqual([
      ['Acme IT', ...rowsOf('internal')],
      ['Northwind Managed Services', ...rowsOf('msp')],
      [owners.shared, ...rowsOf('shared')],
      [owners.unassigned, 'Strategy and budget'],
      [words.teams.date, '2026-03-01'],
    ]);
    // Every row once; an owner with no rows and a date not set say nothing.
    expect(lines.flatMap(([, ...rows]) => rows)).toHaveLength(plan.rows.length + 1);
    expect(planInShort(createDefaultMatrix(ROW_NAMES), words).map(([owner]) => owner)).toEqual([
      owners.internal,
      owners.msp,
      owners.shared,
    ]);
  });

  it('spells out each kind of detail', () => {
    const channels = (list: string) => fillTemplate(words.row.intakeChannels, { channels: list });
    const exitTerms = (tools: string, exportFormat: string, timeline: string) =>
      fillTemplate(words.row.exitTerms, { tools, exportFormat, timeline });
    const { notNamed } = words.row;
    expect(detailText(rowOf(matrix, 'ticket-intake'), words.row)).toBe(channels('Service portal'));
    expect(detailText(rowOf(createDefaultMatrix(ROW_NAMES), 'ticket-intake'), words.row)).toBe(
      channels(words.row.noChannels),
    );
    expect(detailText(rowOf(matrix, 'scope-review'), words.row)).toBe(cadence(words.row.cadences.quarterly));
    expect(detailText(rowOf(createDefaultMatrix(ROW_NAMES), 'scope-review'), words.row)).toBe(
      cadence(words.row.cadences['']),
    );
    expect(detailText(rowOf(matrix, 'exit-terms'), words.row)).toBe(
      exitTerms('RMM and PSA licences stay with the MSP', 'CSV of all tickets', '30 days'),
    );
    expect(detailText(rowOf(createDefaultMatrix(ROW_NAMES), 'exit-terms'), words.row)).toBe(
      exitTerms(notNamed, notNamed, notNamed),
    );
    expect(detailText(rowOf(matrix, 'backup-dr'), words.row)).toBe('');
    expect(Object.keys(words.row.cadences)).toEqual(['', 'monthly', 'quarterly', 'twice-yearly', 'yearly']);
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
    const text = exportMatrixCsv(filledMatrix(), words);
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.map((column) => columns[column]).join(','));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toHaveLength(1 + filledMatrix().rows.length);
  });

  it('writes each row’s owner, lead (only when shared), escalation, target, detail and notes', () => {
    const rows = parseCsv(exportMatrixCsv(filledMatrix(), words));
    expect(rows[1]).toEqual([
      kinds.function,
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
      kinds.function,
      'Backup and disaster recovery',
      owners.shared,
      'Dana Ortiz',
      '',
      '',
      '',
      'Restore test monthly, report to Dana.',
      '',
    ]);
    expect(rows.find((row) => row[1] === 'Scope review')?.[6]).toBe(cadence(words.row.cadences.quarterly));
    const moved = parseCsv(exportMatrixCsv(updateRow(filledMatrix(), 'backup-dr', { owner: 'msp' }), words));
    expect(moved.find((row) => row[1] === 'Backup and disaster recovery')?.slice(2, 4)).toEqual([
      'Northwind Managed Services',
      '',
    ]);
  });

  it('puts each open check on its row, and checks for missing rows on lines of their own', () => {
    const matrix = removeRow(updateRow(filledMatrix(), 'vendor-relationships', { owner: 'unassigned' }), 'exit-terms');
    const rows = parseCsv(exportMatrixCsv(matrix, words));
    expect(rows.find((row) => row[1] === 'Vendor relationships')?.[8]).toBe(unowned('Vendor relationships'));
    expect(rows.at(-1)).toEqual([words.checks.wholePlan, '', '', '', '', '', '', '', words.checks.noExitTermsRow]);
  });

  it('keeps hostile labels as text', () => {
    const matrix = addRow(filledMatrix(), 'function', ROW_NAMES, '=cmd|" /C calc"!A0');
    const rows = matrixCsvRows(matrix, words);
    expect(rows.find((row) => row[1]?.includes('cmd'))?.[1]).toBe('=cmd|" /C calc"!A0');
    expect(exportMatrixCsv(matrix, words)).toContain(`"'=cmd|"" /C calc""!A0"`);
  });

  it('reads back as exactly the cells that went in, formula guard aside, for any text', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyText, anyText, (label, notes) => {
        const matrix = updateRow(addRow(createDefaultMatrix(ROW_NAMES), 'function', ROW_NAMES, label), 'custom-1', {
          notes,
        });
        const guarded = matrixCsvRows(matrix, words).map((row) =>
          row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
        );
        const parsed = parseCsv(exportMatrixCsv(matrix, words));
        expect(parsed).toEqual(guarded);
        expect(parsed.flat().some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });

  it('has the same columns on every line', () => {
    for (const line of parseCsv(exportMatrixCsv(removeRow(createDefaultMatrix(ROW_NAMES), 'scope-review'), words))) {
      expect(line).toHaveLength(CSV_COLUMNS.length);
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
    const text = exportMatrixMarkdown(matrix, words);
    const { owner, escalation, responseTarget, details, notes } = columns;
    expect(text).toContain(
      `# ${md.title}\n\n- **${md.internalTeam}:** Acme IT\n- **${md.msp}:** Northwind Managed Services\n- **${md.date}:** 2026-03-01\n`,
    );
    expect(text).toContain(
      `## ${md.functions}\n\n| ${kinds.function} | ${owner} | ${escalation} | ${responseTarget} | ${notes} |\n| --- | --- | --- | --- | --- |\n`,
    );
    expect(text).toContain('| Strategy and budget | Acme IT | CFO | Next business day | Signs every PO. |');
    expect(text).toContain(
      `| Backup and disaster recovery | ${fillTemplate(words.row.sharedLedBy, { lead: 'Dana Ortiz' })} |  |  | Restore test monthly, report to Dana. |`,
    );
    expect(text).toContain(
      `## ${md.handoffPoints}\n\n| ${kinds.handoff} | ${owner} | ${escalation} | ${responseTarget} | ${details} | ${notes} |`,
    );
    expect(text).toContain(`| Scope review | Acme IT |  |  | ${cadence(words.row.cadences.quarterly)} |  |`);
    const guide = words.checks.guides.unowned;
    expect(text).toContain(
      `## ${fillTemplate(words.checks.heading, { count: 1 })}\n\n- **Vendor relationships:** ${unowned('Vendor relationships')} ${fillTemplate(md.see, { link: `[${guide.title}](<${guide.href}>)` })}\n`,
    );
    expect(text.endsWith('\n')).toBe(true);
  });

  it('says so when nothing is named, set or open', () => {
    const text = exportMatrixMarkdown({ ...createDefaultMatrix(ROW_NAMES), rows: [] }, words);
    expect(text).toContain(
      `- **${md.internalTeam}:** ${md.notNamed}\n- **${md.msp}:** ${md.notNamed}\n- **${md.date}:** ${md.notSet}`,
    );
    expect(text).toContain(md.noFunctions);
    expect(text).toContain(md.noHandoffPoints);
    expect(exportMatrixMarkdown(filledMatrix(), words)).toContain(
      `## ${fillTemplate(words.checks.heading, { count: 0 })}\n\n${words.checks.summary.zero}\n`,
    );
  });

  it('lists checks about missing rows under "Whole plan"', () => {
    expect(exportMatrixMarkdown(removeRow(filledMatrix(), 'scope-review'), words)).toContain(
      `- **${words.checks.wholePlan}:** ${words.checks.noScopeReviewRow}`,
    );
  });

  it('makes guide links absolute when given the site address', () => {
    const text = exportMatrixMarkdown(updateRow(filledMatrix(), 'scope-review', { reviewCadence: '' }), words, {
      siteUrl: 'https://co-managed-it.example/',
    });
    const { title } = words.checks.guides['no-scope-review'];
    expect(text).toContain(
      fillTemplate(md.see, { link: `[${title}](<https://co-managed-it.example/handoff-failures/#scope-drift>)` }),
    );
    const unusable = exportMatrixMarkdown(updateRow(filledMatrix(), 'scope-review', { reviewCadence: '' }), words, {
      siteUrl: 'not a url',
    });
    expect(unusable).toContain('(</handoff-failures/#scope-drift>)');
  });

  it('keeps every table line to its columns whatever the text holds', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (label, notes, team) => {
        let matrix = updateMatrixInfo(addRow(createDefaultMatrix(ROW_NAMES), 'function', ROW_NAMES, label), {
          internalTeam: team,
        });
        matrix = updateRow(matrix, 'custom-1', { notes, owner: 'internal' });
        const text = exportMatrixMarkdown(matrix, words);
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
    expect(matrixFileName(filledMatrix(), 'csv', 'handoff-matrix')).toBe('handoff-matrix-acme-it-2026-03-01.csv');
    expect(matrixFileName(createDefaultMatrix(ROW_NAMES), 'json', 'handoff-matrix')).toBe('handoff-matrix.json');
    expect(matrixFileName({ internalTeam: 'Café  Zürich & Co. / IT', date: '' }, 'md', 'handoff-matrix')).toBe(
      'handoff-matrix-cafe-zurich-co-it.md',
    );
    expect(matrixFileName({ internalTeam: '../../etc/passwd', date: '../x' }, 'json', 'handoff-matrix')).toBe(
      'handoff-matrix-etc-passwd.json',
    );
    expect(matrixFileName({ internalTeam: '漢字', date: '2026-03-01' }, 'json', 'handoff-matrix')).toBe(
      'handoff-matrix-2026-03-01.json',
    );
    expect(matrixFileName({ internalTeam: 'x'.repeat(39) + ' yz', date: '' }, 'json', 'handoff-matrix')).toBe(
      `handoff-matrix-${'x'.repeat(39)}.json`,
    );
  });
});
