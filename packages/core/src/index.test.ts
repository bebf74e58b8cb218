// The web app and the CLI import only from the package root; this keeps the names they rely on there.
import { describe, expect, it } from 'vitest';
import * as core from './index';

describe('@amends/core public API', () => {
  it('exports the program functions and data', () => {
    for (const name of [
      'outreachState',
      'programPlan',
      'programStatus',
      'currentStep',
      'stepsOverview',
      'canDeliverApology',
      'canMakeRequest',
      'safetyScreen',
      'scoreMotives',
      'noContactCounter',
      'actionProgress',
      'planProgress',
      'parseSignalKind',
      'newSignal',
      'parseIsoDate',
      'programInputFromItems',
      'SIGNAL_KIND_INFO',
      'BEHAVIOUR_CATALOGUE',
      'MOTIVES_QUESTIONS',
      'WRITING_PROMPTS',
      'SAFETY_RESOURCES',
      'ITEM_TYPES',
    ]) {
      expect(core, name).toHaveProperty(name);
    }
  });
});
