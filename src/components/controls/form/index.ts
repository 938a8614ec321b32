// The governance forms' frame and state (RAID, Benefits, Gates): one place for their behaviour.
export { useForm, type IForm, type IFormOptions, type FieldProblems } from './useForm';
export { FormFrame, DayField, type IFormFrameProps, type IFormTexts, type IDayFieldProps } from './FormFrame';
export { useFocusReturn, byLabel, byTestId, type IFocusReturn } from './useFocusReturn';
