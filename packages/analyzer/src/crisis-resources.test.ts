import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CRISIS_REACH_OUT,
  CRISIS_RESOURCES,
  crisisResourcesFor,
  INTERNATIONAL_DIRECTORY,
} from './crisis-resources.js';
import { RULE_SET } from './rules/compiled.generated.js';

interface Published {
  checked: string;
  services: { name: string; countries: string[]; phone?: string; sms?: string; source: string }[];
}

const published = JSON.parse(
  readFileSync(new URL('../test/fixtures/crisis-resources.json', import.meta.url), 'utf8'),
) as Published;

describe('crisis resources', () => {
  it('match the published numbers, service by service', () => {
    expect(published.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(CRISIS_RESOURCES.map((r) => r.name)).toEqual(published.services.map((s) => s.name));
    for (const s of published.services) {
      const r = CRISIS_RESOURCES.find((x) => x.name === s.name)!;
      expect(r.countries).toEqual(s.countries);
      expect(r.phone).toBe(s.phone);
      expect(r.sms).toBe(s.sms);
      expect(new URL(s.source).hostname.replace(/^www\./, '')).toBe(
        new URL(r.url).hostname.replace(/^www\./, ''),
      );
      if (s.phone)
        expect(r.contact).toContain(s.phone.replace(/^988$/, r.countries[0] === 'CA' ? '9-8-8' : '988'));
    }
  });

  it('puts the local line first and always includes the international directory', () => {
    expect(crisisResourcesFor('en-US')[0]?.phone).toBe('988');
    expect(crisisResourcesFor('en-GB')[0]?.name).toBe('Samaritans');
    expect(crisisResourcesFor('ga_IE')[0]?.name).toBe('Samaritans');
    expect(crisisResourcesFor('fr-CA')[0]?.name).toBe('9-8-8 Suicide Crisis Helpline');
    expect(crisisResourcesFor('en-AU')[0]?.phone).toBe('13 11 14');
    for (const locale of ['en-US', 'de-DE', 'en', '', 'zz-ZZ', 'en-GB']) {
      expect(crisisResourcesFor(locale)).toContain(INTERNATIONAL_DIRECTORY);
    }
    expect(crisisResourcesFor('de-DE')[0]).toBe(INTERNATIONAL_DIRECTORY);
    expect(crisisResourcesFor('en-GB')[1]).toBe(INTERNATIONAL_DIRECTORY);
  });

  it('are the numbers every crisis finding suggests', () => {
    const us = CRISIS_RESOURCES.find((r) => r.countries.includes('US'))!;
    const uk = CRISIS_RESOURCES.find((r) => r.countries.includes('GB'))!;
    for (const number of [us.sms!, uk.phone!, 'findahelpline.com'])
      expect(CRISIS_REACH_OUT).toContain(number);
    const crisisRules = RULE_SET.rules.filter((r) => r.category === 'crisis');
    expect(crisisRules.length).toBeGreaterThan(100);
    for (const rule of crisisRules) {
      // A few rules about danger right now lead with the emergency number, then name the same lines.
      const suggestion = rule.suggestion ?? '';
      if (suggestion.startsWith('Call emergency services now'))
        expect(suggestion, rule.id).toContain(
          `call or text ${us.sms!}; in the UK and Ireland call Samaritans on ${uk.phone!}`,
        );
      else expect(suggestion, rule.id).toContain(CRISIS_REACH_OUT);
    }
  });
});
