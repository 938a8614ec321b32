export { ErrorMessage } from './ErrorMessage';
export type { IErrorMessageProps } from './IErrorMessageProps';
