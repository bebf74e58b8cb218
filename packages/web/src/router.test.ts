import { describe, expect, it } from 'vitest';
import { toAppPath } from './router';

describe('toAppPath', () => {
  it('keeps known paths and trims a trailing slash', () => {
    expect(toAppPath('/settings')).toBe('/settings');
    expect(toAppPath('/settings/')).toBe('/settings');
    expect(toAppPath('/')).toBe('/');
  });
  it('sends unknown paths home', () => {
    expect(toAppPath('/nope')).toBe('/');
    expect(toAppPath('/settings/x')).toBe('/');
  });
});
