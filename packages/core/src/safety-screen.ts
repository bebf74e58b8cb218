// The abuse-risk screen. Any "yes", by either person, means risk: reconciliation coaching is not safe
// advice where there was violence, threats, coercive control or a court order, whoever did it. The
// answer in force is the latest answer set, so a mistake can be corrected; signals cannot lift it.
import {
  latestOnboardingAnswers,
  SCREEN_QUESTIONS,
  type Onboarding,
  type ScreenQuestion,
} from './onboarding';

/** The screen's verdict, with one plain sentence per "yes". */
export interface SafetyScreenResult {
  readonly risk: boolean;
  readonly reasons: readonly string[];
}

const WHAT: Readonly<Record<ScreenQuestion, { byMe: string; byThem: string }>> = {
  violence: {
    byMe: 'You said there was physical violence by you in the relationship.',
    byThem: 'You said there was physical violence by them in the relationship.',
  },
  threats: {
    byMe: 'You said you made threats toward them.',
    byThem: 'You said they made threats toward you.',
  },
  'coercive-control': {
    byMe: 'You said you controlled or pressured them (money, friends, phone, where they went).',
    byThem: 'You said they controlled or pressured you (money, friends, phone, where you went).',
  },
  'protective-order': {
    byMe: 'You said there is or was a protective order against you.',
    byThem: 'You said there is or was a protective order against them.',
  },
};

/** Reads the abuse-risk screen from the answers in force, e.g. `safetyScreen(onboarding).risk`. */
export function safetyScreen(onboarding: Onboarding): SafetyScreenResult {
  const answers = latestOnboardingAnswers(onboarding);
  if (!answers) return { risk: false, reasons: [] };
  const reasons: string[] = [];
  for (const question of SCREEN_QUESTIONS) {
    const answer = answers.screen[question];
    if (answer.byMe) reasons.push(WHAT[question].byMe);
    if (answer.byThem) reasons.push(WHAT[question].byThem);
  }
  return { risk: reasons.length > 0, reasons };
}
