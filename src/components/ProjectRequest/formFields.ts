/** The request form's field ids, labels and focus moves (the validation summary links to the fields). */
import { strings } from './strings';
import { FIELD_LABEL_KEYS, type RequestField } from '../../domain/intake';

/** The fields in the order the form shows them (the validation summary lists them so). */
export const FORM_ORDER: ReadonlyArray<RequestField> = [
  'title', 'businessUnit', 'problemStatement', 'goals', 'objectives', 'expectedBenefits', 'sponsor', 'proposedManager',
  'desiredStart', 'desiredEnd', 'urgency', 'costPlan', 'resourceDemand',
  'personalData', 'iso27001Scope', 'nis2Relevant', 'procurementNeeded'
];

/** The DOM id of a field's focus target. */
export function fieldId(field: RequestField): string {
  return `pmo-request-${field}`;
}

/** A field's label in the user's language. */
export function fieldLabel(field: RequestField): string {
  return strings[FIELD_LABEL_KEYS[field]];
}

/** Moves focus to a field (its input, or the first focusable element inside its wrapper). */
export function focusField(field: RequestField): void {
  const el = document.getElementById(fieldId(field));
  if (!el) return;
  const focusable = /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(el.tagName) || el.getAttribute('tabindex') === '0' || el.getAttribute('role') === 'combobox'
    ? el
    : el.querySelector<HTMLElement>('input, textarea, button, [tabindex="0"]');
  if (focusable) focusable.focus();
}
