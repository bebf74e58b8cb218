import { promptsFor, type PromptContext } from '@amends/core';
import { useId } from 'react';

/** Writing prompts for where the user writes, as questions to think with. */
export function PromptList({ context, title }: { context: PromptContext; title: string }) {
  const id = useId();
  return (
    <aside aria-labelledby={`${id}-title`} className="prompts">
      <h3 id={`${id}-title`} className="prompts__title">
        {title}
      </h3>
      <ul className="prompts__list">
        {promptsFor(context).map((prompt) => (
          <li key={prompt.id}>
            <span className="prompts__text">{prompt.text}</span>
            {prompt.hint ? <span className="prompts__hint"> {prompt.hint}</span> : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
