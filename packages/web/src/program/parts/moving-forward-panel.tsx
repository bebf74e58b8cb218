import { useId } from 'react';
import { PromptList } from './prompt-list';

/** What the program offers once they have said stop: kind words and self-work, nothing toward contact. */
export function MovingForwardPanel() {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="panel moving-forward">
      <h2 id={`${id}-title`}>Moving forward</h2>
      <p>
        They have asked for distance. That is hard to hear, and it is their answer to give. Honouring it is
        the clearest proof of the change you have been working on.
      </p>
      <p>
        Your self-work still matters: your behaviours and change plans are for you, with or without them. Lean
        on friends, family or a therapist. Amends will not suggest ways or times to reach them. If they ever
        contact you first, record it in step 2.
      </p>
      <PromptList context="self-work" title="Questions for your own next chapter" />
    </section>
  );
}
