/**
 * Hydrating every card of the plan at once is one long task on a slow phone (and blocking time
 * in Lighthouse). The first cards hydrate with the page; the rest come to life a few per task,
 * keeping the server's markup untouched until their turn; then the planner opens the plan.
 */

/** Cards brought to life per task: each task stays well under 50 ms on a slow phone. */
export const CARDS_PER_TASK = 3;

export const ON_SERVER = typeof window === 'undefined';

/**
 * Raises the number of live cards by CARDS_PER_TASK a task until all `total` are live (`show`
 * renders a count, then calls `then`), and calls `done` in a task of its own after that.
 */
export function wakeCards(total: number, show: (live: number, then: () => void) => void, done: () => void): void {
  const next = (live: number) => {
    if (live < total) show(live + CARDS_PER_TASK, () => setTimeout(next, 0, live + CARDS_PER_TASK));
    else done();
  };
  setTimeout(next, 0, CARDS_PER_TASK);
}
