/**
 * The assessment's wording lives in src/data/assessment-copy.json as templates such as
 * "At {employees} employees…". These helpers fill them in; they are all the island needs.
 */

export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Replaces each {name} with its value. A placeholder without a value stays visible as written,
 * so a typo shows on the page instead of silently vanishing (the copy schema rejects it first).
 */
export const fillTemplate = (template: string, values: TemplateValues): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

/**
 * fillTemplate for values as code gives them: numbers written as `locale` writes them (1,000 or
 * 1.000), text as it is. Anything else (a list, a nested object, nothing) leaves its placeholder
 * visible, as a missing value does; inherited properties are functions, so they never fill one.
 */
export const fillLocalized = (template: string, values: object, locale: string): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value: unknown = (values as Record<string, unknown>)[name];
    return typeof value === 'number' || typeof value === 'string' ? value.toLocaleString(locale) : whole;
  });

/** Wording that depends on a count: none, exactly one, or more. `{n}` is the count. */
export interface CountForms {
  zero: string;
  one: string;
  other: string;
}

export const fillCount = (forms: CountForms, count: number, shown: string | number = count): string =>
  fillTemplate(forms[count === 0 ? 'zero' : count === 1 ? 'one' : 'other'], { n: shown });

/** "a, b and c" through a template such as "{items} and {last}". */
export const fillList = (items: readonly string[], template: string): string =>
  items.length < 2
    ? items.join('')
    : fillTemplate(template, { items: items.slice(0, -1).join(', '), last: items.at(-1)! });

/**
 * A template cut around its placeholders, each replaced by its value, for wording that holds
 * elements ("Between {internal} and {msp}", the names in bold). Unknown placeholders stay
 * visible as written, as in fillTemplate.
 */
export const templateParts = <Value>(template: string, values: Readonly<Record<string, Value>>): (string | Value)[] =>
  template
    .split(/\{(\w+)\}/)
    .map((part, index) => (index % 2 === 0 ? part : Object.hasOwn(values, part) ? values[part]! : `{${part}}`));
