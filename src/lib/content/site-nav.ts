import { siteCopy } from './site-copy';

const { links } = siteCopy.nav;

/** The header navigation: the pages a buyer looks for first, named in src/data/site-copy.json. */
export const SITE_NAV = [
  { href: '/what-is-co-managed-it/', label: links.guide },
  { href: '/assessment/', label: links.assessment },
  { href: '/estimator/', label: links.estimator },
  { href: '/handoff-planner/', label: links.handoffPlanner },
  { href: '/faq/', label: links.faq },
  { href: '/glossary/', label: links.glossary },
] as const;
