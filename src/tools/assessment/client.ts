import { hydrateIsland } from '../shell/hydrate-island';
import FitAssessment from './FitAssessment';

hydrateIsland('fit-assessment', FitAssessment);
