// What the review says when a learned model, not a rule, reads a category in a message
// (label-models.ts). A model cannot point at the exact words the way a rule can, so each message
// says what the passage may do to the reader, and the suggestion says what to do instead.
import { CRISIS_REACH_OUT } from './crisis-resources.js';
import type { Category, Finding } from './types.js';

type ModelFinding = Omit<Finding, 'start' | 'end'>;

const warning = (category: Category, message: string, suggestion: string): ModelFinding => ({
  category,
  ruleId: `${category}.model`,
  severity: 'warning',
  message,
  suggestion,
});

export const MODEL_FINDINGS: Record<Category, ModelFinding> = {
  vague: warning(
    'vague',
    'This part of the apology may not say what it is for, so it can read as a formula.',
    'Name what you did in plain words: the day, the act, what it cost them.',
  ),
  conditional: warning(
    'conditional',
    'This may make the apology depend on how they took it ("if", "but") rather than on what you did.',
    'Apologise for the act itself, with no condition: "I\'m sorry I …".',
  ),
  excuse: warning(
    'excuse',
    'This may read as a reason why it was not really your fault; next to an apology, an excuse cancels it.',
    'Leave the reasons out for now and own the act. Explain only if they ask.',
  ),
  blame: warning(
    'blame',
    'This may read as putting the cause of what you did on them.',
    'Speak only about your own part.',
  ),
  minimizing: warning(
    'minimizing',
    'This may make what happened sound smaller than it was for them.',
    'Let the weight of it stand, as they lived it.',
  ),
  self_focus: warning(
    'self_focus',
    'This may put your own pain at the centre, which asks them to look after you.',
    'Keep the focus on what they went through; your feelings can wait for a conversation they want.',
  ),
  demand: warning(
    'demand',
    'This may read as telling them what they must do.',
    'Ask instead, and make it easy for them to say no.',
  ),
  pressure: warning(
    'pressure',
    'This may push them to answer: a deadline, guilt, or what you will do if they do not.',
    'Take out the deadline or the guilt; let them answer in their own time, or not at all.',
  ),
  arguing: warning(
    'arguing',
    'This may re-argue what happened, which turns the apology into a debate.',
    'Let their account stand; you can listen to it later, if they want to talk.',
  ),
  criticism: warning(
    'criticism',
    'This may read as criticism of who they are.',
    'Leave their character out of it and speak about what you did.',
  ),
  contempt: warning(
    'contempt',
    'This may read as mocking them or looking down on them.',
    'Take out the sarcasm or the put-down; it will hurt more than anything else here.',
  ),
  defensiveness: warning(
    'defensiveness',
    'This may defend you or hit back instead of taking in what they told you.',
    'Leave the defence out; acknowledge what they said, even where it is hard to hear.',
  ),
  stonewalling: warning(
    'stonewalling',
    'This may read as shutting the conversation down.',
    'If you need a pause, say so, and say when you will come back to it.',
  ),
  crisis: {
    category: 'crisis',
    ruleId: 'crisis.model',
    severity: 'danger',
    message:
      'Some of this sounds like you may be going through something very hard, maybe thinking about not being here. You deserve support right now.',
    suggestion: CRISIS_REACH_OUT,
  },
  threat: {
    category: 'threat',
    ruleId: 'threat.model',
    severity: 'danger',
    message:
      'Some of this may read as a threat or as watching them, whatever you mean by it. Threats are never acceptable and cannot be rewritten into an apology.',
    suggestion:
      'Do not send this. If you feel out of control, step away and talk to someone you trust or a helpline.',
  },
};
