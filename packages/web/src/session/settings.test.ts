import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings';

describe('parseSettings', () => {
  it('keeps a valid choice', () => {
    expect(parseSettings({ autoLockMinutes: 30 })).toEqual({ autoLockMinutes: 30 });
  });
  it('falls back to five minutes for anything else', () => {
    for (const value of [undefined, null, 'x', {}, { autoLockMinutes: 7 }, { autoLockMinutes: '5' }]) {
      expect(parseSettings(value)).toEqual({ autoLockMinutes: 5 });
    }
  });
});
