import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings';

describe('parseSettings', () => {
  it('keeps a valid choice', () => {
    expect(parseSettings({ autoLockMinutes: 30 })).toEqual({
      autoLockMinutes: 30,
      recoveryKeyUnconfirmed: false,
    });
  });
  it('falls back to five minutes for anything else', () => {
    for (const value of [undefined, null, 'x', {}, { autoLockMinutes: 7 }, { autoLockMinutes: '5' }]) {
      expect(parseSettings(value).autoLockMinutes).toBe(5);
    }
  });
  it('remembers an unconfirmed recovery key only when told exactly so', () => {
    expect(parseSettings({ recoveryKeyUnconfirmed: true }).recoveryKeyUnconfirmed).toBe(true);
    for (const value of [{}, { recoveryKeyUnconfirmed: 'true' }, { recoveryKeyUnconfirmed: 1 }, null]) {
      expect(parseSettings(value).recoveryKeyUnconfirmed).toBe(false);
    }
  });
});
