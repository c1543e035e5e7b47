import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  parseWindowState,
  restoreWindowState,
  windowStateJson,
} from '../../../electron/main/windowState';

vi.mock('electron', () => ({}));

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('parseWindowState', () => {
  it('reads what windowStateJson writes', () => {
    const json = windowStateJson({ x: 10.4, y: 20, width: 1000.6, height: 700 }, true);
    expect(parseWindowState(JSON.parse(JSON.stringify(json)))).toEqual({
      x: 10,
      y: 20,
      width: 1001,
      height: 700,
      maximized: true,
    });
  });

  it.each([
    undefined,
    null,
    'x',
    { version: 1, width: 'wide', height: 700, maximized: false },
    { version: 1, width: -5, height: 700, maximized: false },
    { version: 1, width: 800, height: 700 },
    { version: 9, width: 800, height: 700, maximized: false },
  ])('refuses %j', (value) => {
    expect(parseWindowState(value)).toBeNull();
  });

  it('drops a position with only one coordinate', () => {
    expect(
      parseWindowState({ version: 1, x: 5, width: 900, height: 700, maximized: false }),
    ).toEqual({ width: 900, height: 700, maximized: false });
  });
});

describe('restoreWindowState', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreWindowState(null, [laptop])).toEqual({
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    });
  });

  it('restores a window that is on a connected display', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: false };
    expect(restoreWindowState(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('centres a window whose display was disconnected, and fits it to the primary display', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: true };
    expect(restoreWindowState(saved, [laptop])).toEqual({
      width: laptop.width,
      height: laptop.height,
      maximized: true,
    });
  });

  it('centres a window whose title bar is off screen', () => {
    const aboveTheTop = { x: 100, y: -500, width: 1000, height: 700, maximized: false };
    const farLeft = { x: -990, y: 100, width: 1000, height: 700, maximized: false };
    expect(restoreWindowState(aboveTheTop, [laptop])).not.toHaveProperty('x');
    expect(restoreWindowState(farLeft, [laptop])).not.toHaveProperty('x');
  });

  it('keeps a window partly off screen when enough of its title bar shows', () => {
    const partly = { x: -800, y: 50, width: 1000, height: 700, maximized: false };
    expect(restoreWindowState(partly, [laptop])).toEqual(partly);
  });

  it('never opens smaller than the minimum', () => {
    const tiny = { x: 10, y: 10, width: 100, height: 50, maximized: false };
    expect(restoreWindowState(tiny, [laptop])).toEqual({ ...tiny, ...MIN_WINDOW_SIZE });
  });
});
