// Crisis lines shown the moment crisis language appears. Vetted by hand against each service's own
// site (see test/fixtures/crisis-resources.json for the URLs and the date checked); a test keeps the
// two in step. Shown on the device only — nothing is reported anywhere.

export interface CrisisResource {
  /** ISO 3166-1 alpha-2 country codes the line serves; empty for the international directory. */
  countries: string[];
  name: string;
  /** How to reach it, in plain words. */
  contact: string;
  phone?: string;
  sms?: string;
  url: string;
}

export const INTERNATIONAL_DIRECTORY: CrisisResource = {
  countries: [],
  name: 'Find A Helpline (international directory)',
  contact: 'Free, confidential helplines in many countries',
  url: 'https://findahelpline.com',
};

export const CRISIS_RESOURCES: readonly CrisisResource[] = [
  {
    countries: ['US'],
    name: '988 Suicide & Crisis Lifeline',
    contact: 'Call or text 988, or chat at 988lifeline.org',
    phone: '988',
    sms: '988',
    url: 'https://988lifeline.org',
  },
  {
    countries: ['GB', 'IE'],
    name: 'Samaritans',
    contact: 'Call 116 123, free, day or night',
    phone: '116 123',
    url: 'https://www.samaritans.org',
  },
  {
    countries: ['CA'],
    name: '9-8-8 Suicide Crisis Helpline',
    contact: 'Call or text 9-8-8',
    phone: '988',
    sms: '988',
    url: 'https://988.ca',
  },
  {
    countries: ['AU'],
    name: 'Lifeline Australia',
    contact: 'Call 13 11 14 or text 0477 13 11 14',
    phone: '13 11 14',
    sms: '0477 13 11 14',
    url: 'https://www.lifeline.org.au',
  },
  {
    countries: ['NZ'],
    name: '1737, Need to talk?',
    contact: 'Call or text 1737',
    phone: '1737',
    sms: '1737',
    url: 'https://1737.org.nz',
  },
  INTERNATIONAL_DIRECTORY,
];

const line = (name: string): CrisisResource => CRISIS_RESOURCES.find((r) => r.name === name)!;

/**
 * The one sentence a crisis finding suggests, built from the lines above so the two cannot drift
 * apart. The crisis rules carry it word for word (a test checks that every one names these numbers).
 */
export const CRISIS_REACH_OUT = `Please reach out now — in the US call or text ${
  line('988 Suicide & Crisis Lifeline').sms!
}; in the UK and Ireland call Samaritans on ${line('Samaritans').phone!}; elsewhere see ${
  new URL(INTERNATIONAL_DIRECTORY.url).hostname
}.`;

/** The country part of a BCP 47 locale ("en-GB" → "GB", "en_ie" → "IE"), or null. */
function regionOf(locale: string): string | null {
  const parts = locale.replace(/_/g, '-').split('-');
  for (const part of parts.slice(1)) if (/^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
  return null;
}

/**
 * Crisis lines for a locale: the country's own lines first, then the others, with the international
 * directory always included.
 * @example crisisResourcesFor('en-GB')[0]?.name // 'Samaritans'
 */
export function crisisResourcesFor(locale: string): CrisisResource[] {
  const region = regionOf(typeof locale === 'string' ? locale : '');
  const local = CRISIS_RESOURCES.filter((r) => region !== null && r.countries.includes(region));
  const rest = CRISIS_RESOURCES.filter((r) => !local.includes(r) && r !== INTERNATIONAL_DIRECTORY);
  // With a known country, its lines lead and the directory follows; without one, the directory leads.
  return local.length > 0 ? [...local, INTERNATIONAL_DIRECTORY, ...rest] : [INTERNATIONAL_DIRECTORY, ...rest];
}
