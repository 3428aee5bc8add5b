/**
 * What reading a plan from a file or a link can report: why it was refused, or what of it was
 * changed or dropped. Codes and the values their words may quote, never sentences: the words
 * are the planner's copy file's (notices.reading), filled in by problem-words.ts when the page
 * shows them, so an MSP rewords them without code and the browser ships none of it.
 */

/** Where the JSON came from: the words say "this file" or "this link". */
export type JsonSource = 'file' | 'link';

/**
 * Why a file or link was not opened; nothing on screen changes. Versions are names rather than
 * amounts, so they are text as written: a hostile 1e200 stays "1e+200", never 267 digits.
 */
export type Refusal =
  | { code: 'too-big'; kb: number }
  | { code: 'not-json' }
  | { code: 'too-deep' }
  | { code: 'too-many-items'; max: number }
  | { code: 'forbidden-key'; key: string }
  | { code: 'not-a-matrix' }
  | { code: 'damaged-version' }
  | { code: 'newer-format'; version: string; max: string }
  | { code: 'no-rows' }
  /** Reading failed in a way the reader does not expect (a bug, not the file). */
  | { code: 'unreadable' }
  // A link's own packing, around the JSON inside.
  | { code: 'link-too-long' }
  | { code: 'no-matrix' }
  | { code: 'newer-link'; version: string }
  | { code: 'no-link-version' }
  | { code: 'damaged-link' }
  | { code: 'unpacks-too-big'; kb: number };

/** What a warning is about: the document as a whole (null), or a row by position and label. */
export type Place = { row: number; label: string | null } | null;

/** The text fields a plan holds, named in warnings about them. */
export const TEXT_FIELDS = [
  'internalTeam',
  'mspName',
  'label',
  'lead',
  'escalation',
  'responseTarget',
  'notes',
  'exitTools',
  'exitExportFormat',
  'exitTimeline',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** What a row that is not a row held instead, in JSON's terms. */
export const NOT_A_ROW = ['nothing', 'list', 'string', 'number', 'boolean'] as const;

/** Something the reader changed or dropped; the rest of the plan opens. */
export type ReadWarning =
  /** `name`: the field as the file spelt it. */
  | { code: 'unknown-field'; place: Place; name: string }
  | { code: 'not-text'; place: Place; field: TextField }
  | { code: 'shortened'; place: Place; field: TextField; max: number }
  | { code: 'channels-dropped'; place: Place }
  | { code: 'unknown-cadence'; place: Place; value: string }
  | { code: 'unknown-key'; place: Place }
  /** `label`: the default label of the built-in row already taken. */
  | { code: 'repeated-key'; place: Place; label: string }
  | { code: 'unknown-kind'; place: Place }
  /** `label`: the label the row was given instead. */
  | { code: 'no-label'; place: Place; label: string }
  | { code: 'unknown-owner'; place: Place; value: string }
  | { code: 'bad-date'; value: string }
  | { code: 'too-many-rows'; count: number; max: number }
  | { code: 'not-a-row'; row: number; holds: (typeof NOT_A_ROW)[number] };
