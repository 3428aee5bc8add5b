import { describe, expect, it } from 'vitest';
import { checkLead, EMPTY_LEAD_FORM, isEmailAddress, LEAD_LIMITS } from '../../../src/lib/tools/lead-form';

const filled = { name: 'Dana Ortiz', email: 'dana@acme.example', company: 'Acme', consent: true };

describe('an e-mail address', () => {
  it.each(['dana@acme.example', 'd.ortiz+it@mail.acme.co.uk', 'x@y.io', "o'brien@acme.example"])(
    'accepts %s',
    (email) => {
      expect(isEmailAddress(email)).toBe(true);
    },
  );

  it.each([
    '',
    'dana',
    'dana@',
    '@acme.example',
    'dana@acme',
    'dana@@acme.example',
    'dana @acme.example',
    'dana@acme..example',
    'dana@.acme.example',
    'dana@acme.example.',
  ])('refuses %j', (email) => {
    expect(isEmailAddress(email)).toBe(false);
  });

  it('refuses one longer than mail servers take', () => {
    expect(isEmailAddress(`${'a'.repeat(LEAD_LIMITS.email)}@acme.example`)).toBe(false);
  });
});

describe('checking the lead form', () => {
  it('gives the details as one clean line each when everything needed is there', () => {
    expect(
      checkLead({
        name: '  Dana\n  Ortiz\u200B ',
        email: ' dana@acme.example ',
        company: ' Acme\tLtd ',
        consent: true,
      }),
    ).toEqual({
      ok: true,
      details: { name: 'Dana Ortiz', email: 'dana@acme.example', company: 'Acme Ltd' },
    });
  });

  it('lets the company be left empty', () => {
    expect(checkLead({ ...filled, company: '  ' })).toEqual({
      ok: true,
      details: { name: filled.name, email: filled.email, company: '' },
    });
  });

  it('names every problem, and the first field to fix, for an empty form', () => {
    expect(checkLead(EMPTY_LEAD_FORM)).toEqual({
      ok: false,
      problems: { name: 'nameMissing', email: 'emailMissing', consent: 'consentMissing' },
      first: 'name',
    });
  });

  it('tells a mistyped address from a missing one, and refuses without consent', () => {
    expect(checkLead({ ...filled, email: 'dana at acme' })).toMatchObject({
      problems: { email: 'emailInvalid' },
      first: 'email',
    });
    expect(checkLead({ ...filled, name: '\u200B', consent: false })).toMatchObject({
      problems: { name: 'nameMissing', consent: 'consentMissing' },
      first: 'name',
    });
  });

  it('cuts a name or company to its field’s length', () => {
    const check = checkLead({ ...filled, name: 'n'.repeat(500), company: 'c'.repeat(500) });
    expect(check.ok && [check.details.name.length, check.details.company.length]).toEqual([
      LEAD_LIMITS.name,
      LEAD_LIMITS.company,
    ]);
  });
});
