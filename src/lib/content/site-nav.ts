/** The header navigation: the pages a buyer looks for first. */
export const SITE_NAV = [
  { href: '/what-is-co-managed-it/', label: 'Guide' },
  { href: '/assessment/', label: 'Fit assessment' },
  { href: '/estimator/', label: 'Estimator' },
  { href: '/handoff-planner/', label: 'Handoff planner' },
  { href: '/faq/', label: 'FAQ' },
  { href: '/glossary/', label: 'Glossary' },
] as const;
