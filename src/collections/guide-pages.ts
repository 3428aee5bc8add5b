import { getCollection } from 'astro:content';
import { buildReadingOrder } from '../lib/content/reading-order';

/** All guide pages in reading order, as every guide navigation shows them. */
export async function getGuideInReadingOrder() {
  const entries = await getCollection('guide');
  return buildReadingOrder(
    entries.map((entry) => ({
      ...entry,
      order: entry.data.order,
      title: entry.data.title,
      navLabel: entry.data.navLabel,
    })),
  );
}
