/* The estimator page's script: brings the island the page rendered at build time to life. */
import { hydrateIsland } from '../shell/hydrate-island';
import Estimator from './Estimator';

hydrateIsland('estimator', Estimator);
