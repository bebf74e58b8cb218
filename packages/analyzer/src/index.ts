// @amends/analyzer: the on-device message review. Pure; runs in Node and the browser.
export { analyze, shippedImage, useImage } from './analyze.js';
export { crisisResourcesFor, CRISIS_RESOURCES, INTERNATIONAL_DIRECTORY } from './crisis-resources.js';
export type { CrisisResource } from './crisis-resources.js';
export { CATEGORIES, COMPONENTS, KINDS, SEVERITIES } from './types.js';
export type { Analysis, AnalyzeOptions, Category, Component, Finding, Kind, Severity } from './types.js';
