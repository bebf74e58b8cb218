import { describe, expect, it } from 'vitest';
import { OPEN_NOW, openInput } from '../test/program-fixtures';
import { programStatus } from './program-status';

describe('programStatus', () => {
  it('has the shape `amends status --json` prints', () => {
    expect(programStatus(openInput(), new Date('2025-01-20T00:00:00Z'))).toEqual({
      step: 2,
      outreach: {
        state: 'waiting',
        reasons: ['Your no-contact period runs until 2025-01-31 (11 days left).'],
        until: '2025-01-31',
      },
    });
    const closed = programStatus(
      openInput({ signals: [{ kind: 'asked-no-contact', at: '2025-02-01' }] }),
      OPEN_NOW,
    );
    expect(closed.outreach.state).toBe('closed');
    expect('until' in closed.outreach).toBe(false);
    expect(JSON.parse(JSON.stringify(closed))).toEqual(closed);
  });
});
