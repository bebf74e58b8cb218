// The corpus scripts are plain Node and cannot import the analyzer's TypeScript, so they keep their
// own copy of the labels (corpus/labels.mjs); this fails when the two lists drift apart.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, COMPONENTS } from '../src/types.js';

describe('the corpus scripts’ labels', () => {
  it('are the analyzer’s categories and components, in the same order', async () => {
    // A computed specifier: the module is plain JavaScript with no types to check.
    const labels = (await import(new URL('../corpus/labels.mjs', import.meta.url).href)) as {
      CATEGORIES: string[];
      COMPONENTS: string[];
    };
    expect(labels.CATEGORIES).toEqual([...CATEGORIES]);
    expect(labels.COMPONENTS).toEqual([...COMPONENTS]);
  });
});
