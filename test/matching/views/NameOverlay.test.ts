import { describe, expect, it } from 'vitest';
import { NameDictionary } from '../../../src/matching/names/NameDictionary';
import { isOverlayId, NameOverlay, OVERLAY_BASE } from '../../../src/matching/views/NameOverlay';

describe('NameOverlay', () => {
  it('uses base ids for known names and local ids for new ones, never adding to the base', () => {
    const base = new NameDictionary();
    const kim = base.intern('KIM');
    const size = base.size;
    const overlay = new NameOverlay(base);
    expect(overlay.intern('KIM')).toBe(kim);
    const kin = overlay.intern('KIN');
    expect(kin).toBe(OVERLAY_BASE);
    expect(overlay.intern('KIN')).toBe(kin);
    expect(isOverlayId(kin)).toBe(true);
    expect(isOverlayId(kim)).toBe(false);
    expect(overlay.name(kin)).toBe('KIN');
    expect(overlay.name(kim)).toBe('KIM');
    expect(base.size).toBe(size);
    expect(base.find('KIN')).toBe(-1);
  });

  it('builds compound surnames from their parts once per pair', () => {
    const base = new NameDictionary();
    const [garcia, lopez] = [base.intern('GARCIA'), base.intern('LOPEZ')];
    const overlay = new NameOverlay(base);
    const compound = overlay.compound(garcia, lopez);
    expect(overlay.compound(garcia, lopez)).toBe(compound);
    expect(overlay.compound(lopez, garcia)).not.toBe(compound);
    expect(overlay.name(compound)).toBe('GARCIA LOPEZ');
    expect(overlay.localNames()).toEqual(['GARCIA LOPEZ', 'LOPEZ GARCIA']);
  });
});
