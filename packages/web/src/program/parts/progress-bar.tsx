/** A simple progress bar with its numbers in words beside it, for sighted and screen-reader users alike. */
export function ProgressBar({ label, ratio, text }: { label: string; ratio: number; text: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, ratio)) * 100);
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        className="progress__track"
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="progress__text">{text}</p>
    </div>
  );
}
