import type { Vault } from '@amends/client';
import { PageHeading } from '../../components/page-heading';
import { useSettings } from '../../unlocked/settings-context';
import { AutoLockSection } from './auto-lock-section';
import { DeleteAccountSection } from './delete-account-section';
import { PassphraseSection } from './passphrase-section';
import { RecoveryKeySection } from './recovery-key-section';
import { SessionsSection } from './sessions-section';
import './settings.css';

export default function SettingsScreen({ vault }: { vault: Vault }) {
  const { loaded } = useSettings();
  return (
    <div className="screen screen--narrow settings">
      <PageHeading title="Settings">Settings</PageHeading>
      <p>
        Signed in as <strong>{vault.username}</strong>.
      </p>
      {/* Keyed so the choice shown follows the stored one once it has loaded. */}
      <AutoLockSection key={loaded ? 'stored' : 'default'} />
      <SessionsSection vault={vault} />
      <PassphraseSection vault={vault} />
      <RecoveryKeySection vault={vault} />
      <DeleteAccountSection vault={vault} />
    </div>
  );
}
