import type { Vault } from '@amends/client';
import { lazy, Suspense } from 'react';
import { Notice } from '../components/form-alert';
import { PageHeading } from '../components/page-heading';
import { TextLink } from '../components/text-link';
import { PATHS } from '../router';
import { useSettings } from '../unlocked/settings-context';
import './home.css';

// The step cards read the program's items; they load with the program screens, on demand.
const ProgramOverview = lazy(() => import('../program/program-overview'));

/** The program at a glance: the six steps, in order. */
export function Home({ notice, vault }: { notice?: string | undefined; vault: Vault }) {
  const { settings, loaded } = useSettings();
  return (
    // data-settings says when the stored settings have been read, so a check that the reminder is
    // absent means something (tests wait for it).
    <div className="screen" data-settings={loaded ? 'loaded' : 'loading'}>
      <PageHeading title="Home">Your six steps</PageHeading>
      <Notice message={notice} />
      {loaded && settings.recoveryKeyUnconfirmed ? (
        <section className="panel panel--danger" aria-labelledby="key-unconfirmed-heading">
          <h2 id="key-unconfirmed-heading">Is your recovery key saved?</h2>
          <p>
            Your recovery key was shown but never confirmed as saved. If you forget your passphrase, it is the
            only way back into your writing: nobody else, including us, can open it.
          </p>
          <p>
            <TextLink to={PATHS.settings}>Make a new recovery key in Settings</TextLink> and save it this
            time.
          </p>
        </section>
      ) : null}
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
