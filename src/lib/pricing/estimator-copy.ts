import raw from '../../data/estimator-copy.json' with { type: 'json' };
import { parseDataFile } from '../config/config-error';
import { estimatorCopySchema, type EstimatorCopy } from './estimator-copy-schema';

export const ESTIMATOR_COPY_FILE = 'src/data/estimator-copy.json';

/** The estimator's wording; importing this module fails the build when the file is wrong. */
export const estimatorCopy: EstimatorCopy = parseDataFile(estimatorCopySchema, raw, ESTIMATOR_COPY_FILE);
