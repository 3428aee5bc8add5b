/** Finds glossary terms in prose: whole words, case-sensitive, longest form first. */
export interface GlossaryTermForms {
  id: string;
  term: string;
  aliases?: readonly string[];
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A hyphen counts as part of a word so "tier-1" is not found inside "tier-10".
const wordChar = /[\p{L}\p{N}-]/u;

export function createGlossaryMatcher(terms: readonly GlossaryTermForms[]) {
  const forms = terms
    .flatMap((entry) => [entry.term, ...(entry.aliases ?? [])].map((form) => ({ id: entry.id, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const pattern = forms.length ? new RegExp(forms.map((f) => escapeRegExp(f.form)).join('|'), 'gu') : null;

  /** The first match in `text` whose term id is not in `skip`. */
  return function findFirstTerm(text: string, skip: ReadonlySet<string>): TermMatch | null {
    if (!pattern) return null;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      // The regex finds the longest form here; a shorter one may still stand alone where it does not.
      for (const { id, form } of forms) {
        if (!text.startsWith(form, start) || skip.has(id)) continue;
        const end = start + form.length;
        const before = text[start - 1];
        const after = text[end];
        if (!(before && wordChar.test(before)) && !(after && wordChar.test(after))) return { id, start, end };
      }
      pattern.lastIndex = start + 1;
    }
    return null;
  };
}
