// The crisis rules are silenced where a message explains its goodbye as an ordinary one (a move of
// the writer's own, a visa, "ending us, I mean", "like this, the back and forth", safe now with
// help). Recall comes first, so each silence is held to crisis messages that sit close to it: the
// ex's own news, "I mean it", conflict with the ex, a reported "I'm okay now". The rules alone must
// still find them. They are not fixtures, which the models also read.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { NO_MODELS } from '../src/label-models.js';
import { RULE_SET } from '../src/rules/compiled.generated.js';

const byRules = (text: string) =>
  analyze(text, { kind: 'message' }, RULE_SET, NO_MODELS).findings.filter((f) => f.category === 'crisis');

describe('silences for an explained goodbye', () => {
  it.each([
    "You're moving in with him, so this is goodbye forever. Tell Mum I love her.",
    "I want to die. I'm ending things, I mean it this time.",
    "Goodbye forever. I'm going to Beachy Head.",
    "After all the fighting I'm done with life. I don't want to be here anymore.",
    "I told my counsellor I'm okay now, but the cuts are deeper this time.",
    "Everyone thinks I'm well now. I'm not. I've got the pills saved.",
    "I'm calm, not in a dramatic way. I've made peace with what I'm about to do.",
  ])('leave crisis found: %s', (text) => {
    expect(byRules(text)).not.toEqual([]);
  });

  it.each([
    "This is goodbye, not in a scary way: I'm moving to Glasgow for work on the 5th.",
    "I can't go on like this, the arguing and the back and forth. Could we try a mediator?",
    'I thought about ending it so many times last year. Ending us, I mean.',
  ])('quiet the goodbye they explain: %s', (text) => {
    expect(byRules(text)).toEqual([]);
  });
});
