// The program screens behind the lock, chosen by path. Loaded on demand with the rest of the program.
import type { Vault } from '@amends/client';
import { useEffect } from 'react';
import { useClock } from './clock';
import ContactScreen from './contact-screen';
import MotivesScreen from './motives-screen';
import OnboardingScreen from './onboarding-screen';
import { PROGRAM_PATHS, type ProgramPath } from './paths';
import { ProgramProvider } from './program-context';
import SpaceScreen from './space-screen';
import WhyScreen from './why-screen';
import './program.css';

/** One program screen; `path` is a program path (the router only sends those here). */
export default function ProgramRoutes({ vault, path }: { vault: Vault; path: ProgramPath }) {
  return (
    <ProgramProvider vault={vault}>
      <RefreshOnOpen path={path} />
      <ProgramScreen key={path} path={path} />
    </ProgramProvider>
  );
}

// Each screen opened reads the clock again, so counters and gates are right as of now.
function RefreshOnOpen({ path }: { path: ProgramPath }) {
  const { refresh } = useClock();
  useEffect(refresh, [path, refresh]);
  return null;
}

function ProgramScreen({ path }: { path: ProgramPath }) {
  switch (path) {
    case PROGRAM_PATHS.onboarding:
      return <OnboardingScreen />;
    case PROGRAM_PATHS.why:
      return <WhyScreen />;
    case PROGRAM_PATHS.motives:
      return <MotivesScreen />;
    case PROGRAM_PATHS.space:
      return <SpaceScreen />;
    case PROGRAM_PATHS.apology:
      return <ContactScreen which="apology" />;
    case PROGRAM_PATHS.request:
      return <ContactScreen which="request" />;
  }
}
