import type { Vault } from '@amends/client';
import { lazy, Suspense } from 'react';
import { Notice } from '../components/form-alert';
import { PageHeading } from '../components/page-heading';
import './home.css';

// The step cards read the program's items; they load with the program screens, on demand.
const ProgramOverview = lazy(() => import('../program/program-overview'));

/** The program at a glance: the six steps, in order. */
export function Home({ notice, vault }: { notice?: string | undefined; vault: Vault }) {
  return (
    <div className="screen">
      <PageHeading title="Home">Your six steps</PageHeading>
      <Notice message={notice} />
      <p className="lead">
        Take them in order and at your own pace. The early steps are about you; the later ones only open when
        the other person&rsquo;s signals allow it. Walking away always remains their right.
      </p>
      <Suspense
        fallback={
          <p role="status" className="loading">
            Opening your program…
          </p>
        }
      >
        <ProgramOverview vault={vault} />
      </Suspense>
    </div>
  );
}
