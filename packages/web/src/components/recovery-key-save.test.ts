import { describe, expect, it } from 'vitest';
import { recoveryKeyText } from './recovery-key-save';

describe('recoveryKeyText', () => {
  it('names the account, the date and the key, and says what it is for', () => {
    const text = recoveryKeyText('sam', 'AMND-AAAA-BBBB', new Date('2026-03-01T10:00:00Z'));
    expect(text).toContain('Account: sam');
    expect(text).toContain('Made on: 2026-03-01');
    expect(text).toContain('\nAMND-AAAA-BBBB\n');
    expect(text).toMatch(/set a new passphrase/);
  });
});
