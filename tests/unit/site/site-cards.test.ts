import { describe, expect, it } from 'vitest';
import { siteCards } from '../../../src/lib/og/site-cards';
import { siteCopy } from '../../../src/lib/content/site-copy';

describe('siteCards', () => {
  const cards = siteCards(
    [{ id: 'comparison', title: 'Co-managed vs fully managed IT', order: 2 }],
    'Acme IT',
    '#123456',
    siteCopy.previewCards,
  );

  it('has a card for each fixed page and one per guide page, named after it', () => {
    expect(cards.map(({ card }) => card)).toEqual([
      'home',
      'faq',
      'glossary',
      'search',
      'link-help',
      'assessment',
      'assessment-in-house',
      'assessment-co-managed',
      'assessment-fully-managed',
      'estimator',
      'handoff-planner',
      'comparison',
    ]);
  });

  it("puts a guide page's title and place on its card, and the site's name at the foot of every card", () => {
    expect(cards.at(-1)!.preview).toEqual({
      eyebrow: 'Guide · part 2',
      title: 'Co-managed vs fully managed IT',
      footer: 'Acme IT',
      accent: '#123456',
    });
    for (const { preview } of cards) expect(preview.footer).toBe('Acme IT');
  });

  it("uses the brand's accent except where a result has its own colour", () => {
    const accent = (card: string) => cards.find((c) => c.card === card)!.preview.accent;
    expect(accent('faq')).toBe('#123456');
    expect(accent('assessment-in-house')).toBe('#176534');
    expect(accent('assessment-fully-managed')).toBe('#7a3e9d');
  });
});
