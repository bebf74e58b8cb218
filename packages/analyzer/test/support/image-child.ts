// Run by image.test.ts in processes of its own, since an analyzer image is made and loaded only in
// a fresh process. Modes:
//   make <image>                      write the shipped image
//   use <image> <texts.json>          load it, then print {used, analyses} for each text in each kind
//   other-first <image>               compile another rule set first, then try to load the image
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze, shippedImage, useImage } from '../../src/analyze.js';
import type { ShippedRuleSet } from '../../src/rules/schema.js';
import { KINDS } from '../../src/types.js';

const [mode, image, texts] = process.argv.slice(2);
if (mode === 'make') writeFileSync(image!, shippedImage());
else if (mode === 'use') {
  const used = useImage(readFileSync(image!));
  const analyses = (JSON.parse(readFileSync(texts!, 'utf8')) as string[]).flatMap((text) =>
    KINDS.map((kind) => analyze(text, { kind })),
  );
  process.stdout.write(JSON.stringify({ used, analyses }));
} else if (mode === 'other-first') {
  const other: ShippedRuleSet = {
    lexicons: {},
    rules: [
      {
        id: 'test.other',
        category: 'blame',
        severity: 'warning',
        kind: 'phrase',
        pattern: ['your fault'],
        message: 'm',
        suggestion: 's',
      },
    ],
  };
  analyze('it was your fault', {}, other);
  process.stdout.write(JSON.stringify({ used: useImage(readFileSync(image!)) }));
} else throw new Error(`unknown mode ${mode}`);
