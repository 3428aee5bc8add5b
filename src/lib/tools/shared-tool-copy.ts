import raw from '../../data/shared-tool-copy.json' with { type: 'json' };
import { parseDataFile } from '../config/config-error';
import { sharedToolCopySchema } from './words-schema';

/** Wording the three tools share; importing this fails the build when the file is wrong. */
export const sharedToolCopy = parseDataFile(sharedToolCopySchema, raw, 'src/data/shared-tool-copy.json');
