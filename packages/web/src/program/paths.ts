// The program's screens. Paths name a screen only: nothing the user wrote ever goes into a URL.

/** Paths of the program screens, merged into the app's PATHS by the router. */
export const PROGRAM_PATHS = {
  onboarding: '/program/start',
  why: '/program/why',
  motives: '/program/why/motives',
  space: '/program/space',
  apology: '/program/apology',
  request: '/program/request',
} as const;

/** One program screen's path. */
export type ProgramPath = (typeof PROGRAM_PATHS)[keyof typeof PROGRAM_PATHS];

/** True when a path belongs to a program screen, e.g. `isProgramPath('/program/why')`. */
export function isProgramPath(path: string): path is ProgramPath {
  return (Object.values(PROGRAM_PATHS) as string[]).includes(path);
}
