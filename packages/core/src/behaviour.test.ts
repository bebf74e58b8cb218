import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_CATALOGUE, catalogueBehaviour } from './behaviour-catalogue';
import { behaviourTitle, parseBehaviour } from './behaviour';

describe('behaviour catalogue', () => {
  it('covers the common behaviours, each with suggested actions and a unique id', () => {
    const ids = BEHAVIOUR_CATALOGUE.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'unsupportive-under-stress',
      'took-for-granted',
      'controlling',
      'critical',
      'dishonest',
      'poor-communication',
      'did-not-defend',
      'work-life-imbalance',
      'anger',
      'jealousy',
      'withdrawing',
      'broken-promises',
      'neglected-intimacy',
      'substance-use',
    ]) {
      expect(ids).toContain(id);
    }
    for (const entry of BEHAVIOUR_CATALOGUE) expect(entry.suggestedActions.length).toBeGreaterThan(0);
  });

  it('suggests a technique and check-ins for poor communication', () => {
    const texts = catalogueBehaviour('poor-communication')
      ?.suggestedActions.map((a) => a.text)
      .join(' ');
    expect(texts).toContain('soft start-up');
    expect(texts).toContain('check-in');
    expect(catalogueBehaviour('nope')).toBeUndefined();
  });
});

describe('behaviour item', () => {
  const base = {
    whatHappened: 'I missed her mother’s funeral for a deadline.',
    impactOnThem: 'She grieved alone.',
  };

  it('accepts a catalogue behaviour or a custom one', () => {
    expect(parseBehaviour({ ...base, catalogueId: 'work-life-imbalance' }).ok).toBe(true);
    expect(parseBehaviour({ ...base, customTitle: 'Mocked their hobbies' }).ok).toBe(true);
  });

  it('rejects both, neither, an unknown catalogue id and empty impact', () => {
    expect(parseBehaviour({ ...base, catalogueId: 'anger', customTitle: 'x' }).ok).toBe(false);
    expect(parseBehaviour(base).ok).toBe(false);
    const unknown = parseBehaviour({ ...base, catalogueId: 'nope' });
    expect(!unknown.ok && unknown.error.issues[0]?.path).toBe('behaviour.catalogueId');
    expect(parseBehaviour({ ...base, impactOnThem: ' ', catalogueId: 'anger' }).ok).toBe(false);
  });

  it('titles from the catalogue or the user', () => {
    expect(behaviourTitle({ ...base, catalogueId: 'anger' })).toBe('Anger');
    expect(behaviourTitle({ ...base, customTitle: 'Mocked their hobbies' })).toBe('Mocked their hobbies');
  });
});
