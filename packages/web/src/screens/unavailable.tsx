import { PageHeading } from '../components/page-heading';

export function Unavailable({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <div className="screen screen--narrow">
      <PageHeading title="Cannot connect">Amends cannot connect right now</PageHeading>
      <p>{message}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
