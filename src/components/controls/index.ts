// PMO Hub's light controls: what a web part's first view shows, built on native elements so each
// web part's initial JavaScript stays within its 100 KB budget (README, "Bundle budget").
// Fluent UI 8 stays for what loads later: panels, dialogs, pickers.
export { Button, LinkButton, Link, isSafeHref, type IButtonProps } from './Button';
export { Glyph, type GlyphName } from './Glyph';
export { Notice, type INoticeProps, type NoticeKind } from './Notice';
export { Spinner } from './Spinner';
export { SelectField, type ISelectFieldProps, type ISelectOption } from './SelectField';
export { SearchField, type ISearchFieldProps } from './SearchField';
export { useFieldId } from './useFieldId';
export { themeVariables, type IThemeColors } from './themeVariables';
export { amountProblemText } from './amountText';
