/**
 * The main window's size, position and maximised state, remembered between runs as JSON in the
 * user's data folder. A remembered position is used only if the window's title bar would be on
 * a display that is still connected; otherwise the window opens centred. Sizes are clamped to
 * the display, so a state saved on a large monitor still fits a laptop.
 */
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: centred on the primary display. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 };
export const MIN_WINDOW_SIZE = { width: 800, height: 560 };
/** How much of the title bar must be on a display for a saved position to be kept. */
export const MIN_VISIBLE_TITLE_BAR = { width: 120, height: 32 };

const finite = z.number().finite();
const WindowStateJson = z.object({
  version: z.literal(1),
  x: finite.optional(),
  y: finite.optional(),
  width: finite.positive(),
  height: finite.positive(),
  maximized: z.boolean(),
});

/** The state stored in a file, or null when it is missing or malformed. */
export function parseWindowState(value: unknown): WindowState | null {
  const parsed = WindowStateJson.safeParse(value);
  if (!parsed.success) return null;
  const { x, y, width, height, maximized } = parsed.data;
  return x === undefined || y === undefined
    ? { width, height, maximized }
    : { x, y, width, height, maximized };
}

/** What is written to the file: the normal (not maximised) bounds and whether it is maximised. */
export function windowStateJson(bounds: Rectangle, maximized: boolean): unknown {
  return { version: 1, ...roundRectangle(bounds), maximized };
}

/**
 * The state to open the window with, given the saved one (or null) and the work areas of the
 * displays now connected (the first is the primary).
 */
export function restoreWindowState(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): WindowState {
  const primary = workAreas[0];
  const state = saved ?? { ...DEFAULT_WINDOW_SIZE, maximized: false };
  const { x, y, maximized } = state;
  const display =
    x === undefined || y === undefined
      ? undefined
      : workAreas.find((area) =>
          titleBarVisible({ x, y, width: Math.max(state.width, MIN_WINDOW_SIZE.width) }, area),
        );
  const fitTo = display ?? primary;
  const width = clamp(Math.round(state.width), MIN_WINDOW_SIZE.width, fitTo?.width);
  const height = clamp(Math.round(state.height), MIN_WINDOW_SIZE.height, fitTo?.height);
  if (!display || x === undefined || y === undefined) return { width, height, maximized };
  return { x: Math.round(x), y: Math.round(y), width, height, maximized };
}

function titleBarVisible(
  window: { x: number; y: number; width: number },
  area: Rectangle,
): boolean {
  const left = Math.max(window.x, area.x);
  const right = Math.min(window.x + window.width, area.x + area.width);
  const top = Math.max(window.y, area.y);
  const bottom = Math.min(window.y + MIN_VISIBLE_TITLE_BAR.height, area.y + area.height);
  return (
    right - left >= MIN_VISIBLE_TITLE_BAR.width && bottom - top >= MIN_VISIBLE_TITLE_BAR.height
  );
}

/** Between min and max; a max below min (a tiny display) gives max. */
function clamp(value: number, min: number, max: number | undefined): number {
  const atLeast = Math.max(value, min);
  return max === undefined ? atLeast : Math.min(atLeast, max);
}

function roundRectangle(r: Rectangle): Rectangle {
  return {
    x: Math.round(r.x),
    y: Math.round(r.y),
    width: Math.round(r.width),
    height: Math.round(r.height),
  };
}
