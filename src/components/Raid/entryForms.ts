// The Risks and Issues tabs' forms, in their own chunk ('raid-forms', see lazyForms.tsx): a reader never loads them.
export { RiskForm, CloseRiskConfirm } from './RiskForm';
export { IssueForm, ResolveForm } from './IssueForm';
