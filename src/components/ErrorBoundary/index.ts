export { ErrorBoundary } from './ErrorBoundary';
export type { IErrorBoundaryProps } from './IErrorBoundaryProps';
