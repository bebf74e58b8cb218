// Shown instead of reconciliation steps when the safety screen finds risk. Data, so the web and the
// CLI show the same list and a reviewer can check every number in one place.

/** A place to get help, with how to reach it. */
export interface SafetyResource {
  readonly name: string;
  readonly region: string;
  readonly contact: string;
  readonly forWhom: string;
}

/** Safety resources, for someone harmed and for someone worried about their own behaviour. */
export const SAFETY_RESOURCES: readonly SafetyResource[] = [
  {
    name: 'Emergency services',
    region: 'Everywhere',
    contact: 'Call your local emergency number (911 in the US, 999 in the UK, 112 in the EU)',
    forWhom: 'Anyone in danger right now.',
  },
  {
    name: 'National Domestic Violence Hotline',
    region: 'United States',
    contact: 'Call 1-800-799-7233 or text START to 88788',
    forWhom: 'Anyone affected by abuse, including people worried about their own behaviour.',
  },
  {
    name: 'National Domestic Abuse Helpline (Refuge)',
    region: 'United Kingdom',
    contact: 'Call 0808 2000 247, free, 24 hours',
    forWhom: 'Anyone experiencing domestic abuse.',
  },
  {
    name: 'Respect Phoneline',
    region: 'United Kingdom',
    contact: 'Call 0808 802 4040',
    forWhom: 'People worried that they are harming a partner and who want to stop.',
  },
  {
    name: '1800RESPECT',
    region: 'Australia',
    contact: 'Call 1800 737 732',
    forWhom: 'Anyone affected by domestic, family or sexual violence.',
  },
  {
    name: 'Hot Peach Pages',
    region: 'International directory',
    contact: 'hotpeachpages.net',
    forWhom: 'Find abuse support services in your own country and language.',
  },
];
