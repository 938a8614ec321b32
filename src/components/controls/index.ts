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
export { amountProblemText, numberProblemText, type INumberProblemTexts } from './amountText';
export { TextField, type ITextFieldProps, type IFieldProps } from './TextField';
export { Checkbox, CheckboxGroup, type ICheckboxProps, type ICheckboxGroupProps, type IChoiceOption } from './Checkbox';
export { RadioGroup, type IRadioGroupProps } from './RadioGroup';
export { Tabs, type ITabsProps, type ITab } from './Tabs';
export { ProgressBar, type IProgressBarProps } from './ProgressBar';
export { DateField, type IDateFieldProps, type ICalendarLabels } from './DateField';
export { parseDayText, monthBeforeDay } from './dateText';
export { LookupField, type ILookupFieldProps, type ILookupItem, type ILookupLabels } from './LookupField';
export { SR_ONLY } from './srOnly';
