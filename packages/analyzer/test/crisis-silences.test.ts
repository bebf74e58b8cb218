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

/** A silence, or a narrowed rule, held to crisis messages close to it and to the ordinary lines it is for. */
function beside(
  name: string,
  found: string[],
  quiet: string[],
  quietTitle = 'quiet the ordinary line',
): void {
  describe(name, () => {
    it.each(found)('leave crisis found: %s', (text) => {
      expect(byRules(text)).not.toEqual([]);
    });
    it.each(quiet)(`${quietTitle}: %s`, (text) => {
      expect(byRules(text)).toEqual([]);
    });
  });
}

beside(
  'silences for an explained goodbye',
  [
    "You're moving in with him, so this is goodbye forever. Tell Mum I love her.",
    "I want to die. I'm ending things, I mean it this time.",
    "Goodbye forever. I'm going to Beachy Head.",
    "After all the fighting I'm done with life. I don't want to be here anymore.",
    "I told my counsellor I'm okay now, but the cuts are deeper this time.",
    "Everyone thinks I'm well now. I'm not. I've got the pills saved.",
    "I'm calm, not in a dramatic way. I've made peace with what I'm about to do.",
  ],
  [
    "This is goodbye, not in a scary way: I'm moving to Glasgow for work on the 5th.",
    "I can't go on like this, the arguing and the back and forth. Could we try a mediator?",
    'I thought about ending it so many times last year. Ending us, I mean.',
  ],
  'quiet the goodbye they explain',
);

// Session 23's silences for ordinary lines (a car off the road, the end of a month, a last message
// on one subject, what a marriage had left, a skipped reunion, someone else's new place, holding it
// together, a visit together, an evening's rest), each beside crisis messages in nearly the same
// words, some from the review that narrowed them.
beside(
  'silences for ordinary lines that read like crisis',
  [
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
  ],
  [
    "You'll need the van through its MOT by June or it can't go on the road, it says so in the logbook.",
    "I won't wait for the end of the month to pay you back, it's coming Friday.",
    "I can't keep going round in circles, so this is my last message on it.",
    'By the time you got in from the site there was nothing left for me, so I went looking elsewhere.',
    "The cat can stay at my sister's till you've found a place that takes pets.",
    "I've been holding it together all week for the kids.",
    'The kids and I should go together on Saturday to see your mum.',
    'Kids are down, time to rest now.',
  ],
);

// Session 24's silences for the sixteenth round's ordinary lines (a waste of space as a husband, a
// deed signed by the time they read it, a good innings in a house, goodbyes before a break from
// social media, "a problem for you about the fence", a blade for the allotment, a will written as a
// joke, an itch scratched, clothes to a charity shop, Baby Shark once more, an ultimatum about the
// relationship, "going over it"), each beside crisis messages in nearly the same words.
beside(
  'silences for the sixteenth round',
  [
    "I'm a waste of space. Everyone would be better off without me.",
    'By the time you see this I will be gone. Tell the kids I loved them.',
    "I've had a good innings. I'm ready to go now.",
    "Said my goodbyes to everyone tonight. I won't be around much longer.",
    "I'm not going to be a problem for you anymore. I've made sure of it.",
    "I keep a blade in my bag now, for when it gets bad. I've cut twice this week.",
    "Wrote my will last night. I won't need it long, I've decided.",
    "I've been scratching my arms till they bleed again, on purpose this time.",
    "Gave away most of my clothes and the dog. I won't be needing them.",
    "I can't do this one more time. I'm going to throw myself off the bridge tonight.",
    "I can't keep going. I don't want to be alive anymore.",
    "I can't keep going like this. I've got the tablets ready.",
    "Taking your silence as a no. I'm gone for good after tonight, nobody will find me.",
  ],
  [
    "I was a waste of space as a husband that last year, and I'm not saying it for sympathy.",
    'By the time you see this message I will have signed the papers.',
    'I have had a good innings in that house and it is time for a bungalow.',
    'Deleted my socials for Lent. Said my goodbyes on the group chat so nobody thinks I am ignoring them.',
    "I'm not going to be a problem for you anymore about the fence, the contractor's paid.",
    'Keep a blade in my bag for the allotment now, the twine is a nightmare.',
    'Wrote my will on the back of an envelope as a joke after the Agatha Christie.',
    "I've been scratching my arms like mad, the eczema's back.",
    'Gave away most of my clothes to the Oxfam on the high street.',
    "If I have to hear Baby Shark one more time I'll throw myself off the balcony.",
    "I can't keep going like this, so if I haven't heard from you by the 30th I'll take it that we're finished.",
    "I'm sorry about Dubai. I don't want to keep going over it.",
    "If I don't hear from you by Friday I'm taking it as a no and I'm gone for good.",
  ],
);

// The seventeenth round's rules (the last ten of crisis-indirect-h.yml) were narrowed after a review
// wrote ordinary messages aimed at each pattern: a passer-by, a living mourner, an itch, a pudding.
// These are some of them, beside crisis messages in the same families.
beside(
  "the seventeenth round's rules",
  [
    "I walked out to the end of the pier last night and stood there ages. I'd have gone in only for a couple walking past.",
    'Max was put to sleep this morning. Part of me wants to go with him, honestly.',
    'wearing long sleeves again in this heat. u know why. dont tell mum',
    "The cat's food is on the side, that'll see her through longer than I will. Thank you for always loving her.",
    "I'm just a drain on you and the kids, love. Time I stopped being a burden.",
    "I'll probably not be alive by the time you're ready to talk, so say what you need to now.",
    "The oncologist says it's treatable. I don't know if I want any more at all. I'm tired.",
    'Took out the shotgun tonight and sat with it a while. Not your fault, any of it. Love you always.',
  ],
  [
    "We were kayaking on the river and I'd have gone over only for Dave grabbing my paddle. Soaked but fine!",
    "Auntie Rose is gone now. Uncle Pete's flying out to scatter her ashes in Crete and part of me wants to go with him.",
    'Living in long sleeves in July because the brambles got me clearing your garden.',
    'Loaded the 12 boxes into the van. Look after the cat while I am moving.',
    "I don't know if I'll still be alive by the time this film ends, it's three hours long.",
    "The arguing in front of the kids won't happen again, none of it will, I've booked us a mediator.",
    "Pudding's on the side for you. I'm not sure I want any more at all.",
  ],
);

// The eighteenth round's rules (crisis-indirect-i.yml) after a review's ordinary messages narrowed them.
beside(
  "the eighteenth round's rules",
  [
    'Devon if yuh nuh come see mi before Friday yuh a go find mi dead. Mi serious.',
    "I've been walking the beach at night. The water's that cold it'd be quick.",
    "Father Brendan says it's a sin. God will understand, Eileen. Mind the children.",
    "Jen I've driven the ute out to the back paddock. Hose is in the boot.",
    '4am again. sometimes a think aboot walkin intae the clyde an just no comin back',
  ],
  [
    "If you don't pick the kids up by 6 you'll find me dead asleep on the sofa, honestly.",
    "Just take the boat across the water, it'd be quick.",
    'I was so tired I swore at the vicar. God will forgive me, I hope you will too.',
    'Bought rat poison for the loft, we have got mice again.',
    "I'll fix it myself, permanently. The cat flap keeps sticking.",
    "One wrong move and it's over with this Jenga tower.",
  ],
);

// Session 25's silences, from the nineteenth round's ordinary lines that crisis rules read: pills
// set out as a nurse showed, a notice handed in, the last message "about us", someone else's
// reading of a letter, a ferry, skipped lectures, and a nuisance "one more" at work.
beside(
  "the nineteenth round's silences",
  [
    "I've got the pills lined up on the table. I'm done.",
    "Tonight's the night. I'm sorry for everything.",
    "Tonight's the night I finally do it. I'm sorry for everything.",
    'Goodbye, Sam. Everything I want to say is in my last letter.',
    'This is my last letter. Goodbye.',
    "By the time you read this I'll be gone.",
    'Nobody would even notice if I was gone.',
    "I'm walking into the sea tonight, I can't do this anymore.",
  ],
  [
    "I've got the pills lined up in the weekly organiser like the nurse showed me, doing much better.",
    "Tired of the commute. Tonight's the night I hand my notice in.",
    "I know you said stop, so this is the last message you'll get from me about us. Hope the new job's going well.",
    'I must ask you to reply to my last letter. Common courtesy requires it.',
    "By the time you read this I'll be on the ferry to my brother's in Belfast for a fortnight.",
    'Some days I reckon nobody would notice if I skipped lectures lol. Coming home for reading week x',
    "night 5 of 6 on A&E, if I see one more drunk student I'm walking into the sea lol. can you do Tuesday pickup?",
  ],
);

// Session 26: silences that named a word's stem without the `*` that makes it a prefix ("emigrat",
// "downsiz", "mediat") matched no word at all. Each now reads the words it was written for.
beside(
  'silences that name a stem',
  [
    "I've given most of my stuff away. You won't need to worry about me much longer.",
    "I've given everything away. I won't be here after Friday.",
  ],
  [
    "I've given most of my stuff away because I'm emigrating to Canada and shipping costs a fortune. You can have the desk if you want it.",
    "I've given most of my things away because I'm downsizing to a studio near work. You can have the mirror if you want it.",
  ],
);
