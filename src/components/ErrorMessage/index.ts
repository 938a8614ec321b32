export { ErrorMessage } from './ErrorMessage';
export type { IErrorMessageProps } from './IErrorMessageProps';
export { errorParts, errorText, type IErrorParts } from './errorText';
