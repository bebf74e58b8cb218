// Run by image.test.ts in processes of its own, since an analyzer image is made and loaded only in
// a fresh process. Modes:
//   make <image>                      write the shipped image
//   use <image> <texts.json>          load it, then print {used, analyses} for each text in each kind
//   other-first <image>               compile another rule set first, then try to load the image
//   decline <image>                   print which of several unfitting loads are declined, then
//                                     whether the image itself still loads (nothing was added)
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze, shippedImage, useImage } from '../../src/analyze.js';
import { loadImage } from '../../src/image.js';
import { RULE_SET } from '../../src/rules/compiled.generated.js';
import { LABEL_MODELS } from '../../src/rules/label-models.generated.js';
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
} else if (mode === 'decline') {
  const bytes = readFileSync(image!);
  const notJson = new Uint8Array(14);
  new DataView(notJson.buffer).setUint32(0, 10, true);
  notJson.fill(0x7b, 4);
  const declined = (b: Uint8Array, set = RULE_SET, models = LABEL_MODELS): boolean =>
    loadImage(b, set, models) === null;
  process.stdout.write(
    JSON.stringify({
      cutShort: declined(bytes.subarray(0, 2)),
      headerCut: declined(bytes.subarray(0, 1000)),
      tablesCut: declined(bytes.subarray(0, bytes.length - 8)),
      notJson: declined(notJson),
      otherRules: declined(bytes, { ...RULE_SET, rules: RULE_SET.rules.slice(1) }),
      otherModels: declined(bytes, RULE_SET, { ...LABEL_MODELS, bias: LABEL_MODELS.bias.map((b) => b + 1) }),
      // Last: a load that fits adds to the stores.
      stillLoads: !declined(bytes),
    }),
  );
} else throw new Error(`unknown mode ${mode}`);
