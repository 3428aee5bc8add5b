import raw from '../../data/rate-card.json' with { type: 'json' };
import { parseDataFile } from '../config/config-error';
import { rateCardSchema, type RateCard } from './rate-card-schema';

export const RATE_CARD_FILE = 'src/data/rate-card.json';

/** The validated rate card (amounts in integer cents); a bad file fails the build here. */
export const rateCard: RateCard = parseDataFile(rateCardSchema, raw, RATE_CARD_FILE);
