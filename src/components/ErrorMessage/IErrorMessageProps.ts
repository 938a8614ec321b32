export interface IErrorMessageProps {
  /** What went wrong: anything PnPjs, the Graph client or fetch threw. */
  error: unknown;
  /** Called by the "Try again" button; no button without it. */
  onRetry?: () => void;
}
