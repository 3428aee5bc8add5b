import { hydrateIsland } from '../shell/hydrate-island';
import HandoffPlanner from './HandoffPlanner';

hydrateIsland('handoff-planner', HandoffPlanner);
