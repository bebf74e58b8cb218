import { PageHeading } from '../components/page-heading';
import { RecoveryKeySave } from '../components/recovery-key-save';

/** Right after sign-up: the recovery key, shown this once. */
export function RecoveryKeyScreen(props: { username: string; recoveryKey: string; onSaved(): void }) {
  return (
    <div className="screen screen--narrow">
      <PageHeading title="Save your recovery key">Save your recovery key</PageHeading>
      <p>
        Your account is ready. If you ever forget your passphrase, this key is the only way back in. We do not
        keep a copy and cannot make one, so save it now: download it, print it, or put it in a password
        manager.
      </p>
      <p>You will not see this key again. You can make a new one later in Settings.</p>
      <RecoveryKeySave {...props} continueLabel="Continue to Amends" />
    </div>
  );
}
