/*
 * Writes tests/fixtures/planner-link-corpus.json: share links of the handoff planner made from
 * real plans (defaults, the assessment's split, renamed, removed, restored and custom rows,
 * random edit sequences) and from hand-packed payloads (a row without a label, a repeated key,
 * a first-draft document), each with the plan it opens and what the reader was told. Links leave
 * out a built-in row's label when it is the built-in name, so these pin what such a link opens.
 * tests/unit/handoff/planner-link-corpus.test.ts replays them. Re-run only on purpose:
 *   CAPTURE_PLANNER_LINKS=1 npx vitest run --config tooling/capture-link-corpus.config.ts
 * It writes each link with the names the data files give then, so run it before renaming a row.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { splitForNeeds } from '../src/lib/assessment/split';
import { assessmentRules } from '../src/lib/assessment/rules';
import { shippedRowNames as names } from '../src/lib/handoff-copy/copy';
import { bytesToBase64url } from '../src/lib/handoff/base64url';
import { BUILT_IN_KEYS, builtInName } from '../src/lib/handoff/built-in-rows';
import { deflateRaw } from '../src/lib/handoff/deflate';
import { decodeMatrixLink, encodeMatrixLink } from '../src/lib/handoff/link-codec';
import {
  addRow,
  createDefaultMatrix,
  matrixFromSplit,
  removeRow,
  renameRow,
  restoreBuiltInRow,
  updateMatrixInfo,
  updateRow,
  type HandoffMatrix,
} from '../src/lib/handoff/matrix';
import { OWNERS, REVIEW_CADENCES, ROW_KINDS } from '../src/lib/handoff/vocabulary';
import { gapToWork } from '../src/lib/work/gap-to-work';
import { handOverByGap } from '../src/lib/work/work-by-gap';

const wording = {
  copy: { split: assessmentRules.copy.split },
  guideLinks: {
    'internal-keeps': assessmentRules.guideLinks['internal-keeps'],
    'msp-owns': assessmentRules.guideLinks['msp-owns'],
  },
};
const defaults = () => createDefaultMatrix(names, '2026-03-01');

/** Texts a user might type, the built-in names among them (a row renamed to another's name). */
const text = fc.oneof(
  fc.constantFrom(
    'Printers',
    'Help desk',
    ' Zoë  Ltd ',
    '<b>x</b>',
    '',
    '\u202Eevil',
    ...BUILT_IN_KEYS.map((key) => builtInName(names, key)),
  ),
  fc.string({ maxLength: 20 }),
);
type Edit = (matrix: HandoffMatrix) => HandoffMatrix;
const rowAt = (matrix: HandoffMatrix, index: number) => matrix.rows[index % Math.max(1, matrix.rows.length)]?.id ?? '';
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.constantFrom(...ROW_KINDS), text).map(
    ([kind, label]): Edit =>
      (m) =>
        addRow(m, kind, names, label),
  ),
  fc.nat().map(
    (index): Edit =>
      (m) =>
        removeRow(m, rowAt(m, index)),
  ),
  fc.tuple(fc.nat(), text).map(
    ([index, label]): Edit =>
      (m) =>
        renameRow(m, rowAt(m, index), label),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...OWNERS), text, fc.constantFrom(...REVIEW_CADENCES)).map(
    ([index, owner, words, reviewCadence]): Edit =>
      (m) =>
        updateRow(m, rowAt(m, index), { owner, lead: words, notes: words, reviewCadence, intakeChannels: [words] }),
  ),
  fc.constantFrom(...BUILT_IN_KEYS).map(
    (key): Edit =>
      (m) =>
        restoreBuiltInRow(m, key, names),
  ),
  fc.tuple(text, text).map(
    ([internalTeam, mspName]): Edit =>
      (m) =>
        updateMatrixInfo(m, { internalTeam, mspName }),
  ),
);

const packed = async (document: unknown) =>
  `v=1&m=${bytesToBase64url(await deflateRaw(new TextEncoder().encode(JSON.stringify(document))))}`;
const FORMAT = 'co-managed-it/handoff-matrix';

it.runIf(process.env.CAPTURE_PLANNER_LINKS)('captures the planner link corpus', async () => {
  const plans: HandoffMatrix[] = [
    defaults(),
    createDefaultMatrix(names),
    matrixFromSplit(
      splitForNeeds(['after-hours', 'security', 'cloud'], true, wording, handOverByGap(gapToWork)),
      names,
    ),
    matrixFromSplit(splitForNeeds([], false, wording, handOverByGap(gapToWork)), names),
    renameRow(renameRow(defaults(), 'ticket-intake', 'Help desk'), 'backup-dr', names.handoffPoints['ticket-intake']),
    restoreBuiltInRow(removeRow(addRow(defaults(), 'handoff', names), 'exit-terms'), 'exit-terms', names),
    restoreBuiltInRow(restoreBuiltInRow(defaults(), 'cloud-platform', names), 'compliance-evidence', names),
    { ...defaults(), rows: [] },
    ...fc.sample(
      fc.array(edit, { maxLength: 30 }).map((edits) => edits.reduce((m, change) => change(m), defaults())),
      { numRuns: 60, seed: 11 },
    ),
  ];
  const queries = await Promise.all(plans.map((plan) => encodeMatrixLink(plan, names)));
  // Payloads the encoder never writes but a hand-edited or older link may hold.
  queries.push(
    await packed({ format: FORMAT, version: 1, rows: [{ key: 'backup-dr' }, { key: 'ticket-intake', owner: 'msp' }] }),
    await packed({ format: FORMAT, version: 1, rows: [{ owner: 'msp' }, { kind: 'handoff', label: '' }] }),
    await packed({ format: FORMAT, version: 1, rows: [{ key: 'exit-terms' }, { key: 'exit-terms', label: 'Again' }] }),
    await packed({ format: FORMAT, version: 1, rows: [{ key: 'exit-terms', label: '   ' }, { key: 'nope' }] }),
    await packed({
      format: FORMAT,
      ourTeam: 'Acme IT',
      rows: [{ name: 'Backup and disaster recovery', owner: 'them' }, { name: 'Where users raise tickets' }, {}],
    }),
  );
  const links = [];
  for (const query of queries) links.push({ query, decoded: await decodeMatrixLink(query, names) });
  writeFileSync(
    'tests/fixtures/planner-link-corpus.json',
    // One link a line, so a diff of the file shows which links changed.
    `{"capturedFrom": "the planner before its built-in row names moved to handoff-planner-copy.json (issue 9)",\n"links": [\n${links
      .map((link) => JSON.stringify(link))
      .join(',\n')}\n]\n}\n`,
  );
  console.log(`captured ${links.length} planner links`);
});
