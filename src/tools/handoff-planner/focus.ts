/**
 * Where focus goes after an action that removes or adds what had it. Preact renders state
 * changes in a microtask queued by the first setState, so a microtask queued after it runs once
 * the DOM is up to date, before the browser paints or takes the next key press (an animation
 * frame would leave focus on <body> for a frame, and never come in a background tab).
 */
const focusSoon = (selector: string) => queueMicrotask(() => document.querySelector<HTMLElement>(selector)?.focus());

/** The notice about a plan just opened, so the reader hears where it came from. */
export const focusNotice = () => focusSoon('.planner > .notice');

/** The Undo of a row just removed. */
export const focusUndo = () => focusSoon('#hp-undo');

/** A row's first tool (Rename), after renaming it or undoing its removal. */
export const focusRowTools = (rowId: string) => focusSoon(`#row-${rowId} .hp-row-tools button`);

/** A row's first field, after putting a standard row back. */
export const focusRowField = (rowId: string) => focusSoon(`#row-${rowId} input`);

/** Selects the name being edited; called in the task of the click, so no keystroke lands elsewhere. */
export const selectRenameField = (rowId: string) =>
  (document.getElementById(`hp-${rowId}-rename`) as HTMLInputElement | null)?.select();
