// Writes the analyzer image of the shipped rules and models (src/image.ts) to the file named. An
// image must be made in a process that has analysed nothing, so the build runs this on its own.
import { writeFileSync } from 'node:fs';
import { shippedImage } from '../src/index.js';

const out = process.argv[2];
if (out === undefined) {
  console.error('usage: write-image <file>');
  process.exit(2);
}
writeFileSync(out, shippedImage());
