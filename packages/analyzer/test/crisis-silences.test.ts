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

// Session 23's silences for ordinary lines (a car off the road, the end of a month, a last message
// on one subject, what a marriage had left, a skipped reunion, someone else's new place, holding it
// together, a visit together, an evening's rest), each beside crisis messages in nearly the same
// words, some from the review that narrowed them.
describe('silences for ordinary lines that read like crisis', () => {
  it.each([
    "I'm sorry for everything. Time to rest now.",
    'No more hospitals, no more pain. I can rest now.',
    "I'm not waiting for the end of the year. I'll do it myself.",
    "My daughter and I should go together tonight, she won't have to suffer.",
    "Dad's old shotgun is in the loft. All evening I've been holding it to my head.",
    "There's nothing left for me. I've found a place.",
    'Nobody would notice if I was gone.',
    'I cannot continue this road. Please tell the kids I love them.',
    "This is my last message. I'm done with all of it.",
    "I've made up my mind, it's nobody's fault, since we split up I can't see any way forward.",
  ])('leave crisis found: %s', (text) => {
    expect(byRules(text)).not.toEqual([]);
  });

  it.each([
    "You'll need the van through its MOT by June or it can't go on the road, it says so in the logbook.",
    "I won't wait for the end of the month to pay you back, it's coming Friday.",
    "I can't keep going round in circles, so this is my last message on it.",
    'By the time you got in from the site there was nothing left for me, so I went looking elsewhere.',
    "The cat can stay at my sister's till you've found a place that takes pets.",
    "I've been holding it together all week for the kids.",
    'The kids and I should go together on Saturday to see your mum.',
    'Kids are down, time to rest now.',
  ])('quiet the ordinary line: %s', (text) => {
    expect(byRules(text)).toEqual([]);
  });
});
