// The benefits register's forms, in their own chunk ('benefits-forms', see lazyForms.tsx): a reader never loads them.
export { BenefitForm } from './BenefitForm';
export { MeasurementForm } from './MeasurementForm';
