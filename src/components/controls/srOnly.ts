import styles from './controls.module.scss';

/**
 * The class that hides text visually but keeps it for screen readers (a table's caption, a column
 * header without visible text, a hint tied by aria-describedby). One definition for every component.
 */
export const SR_ONLY: string = styles.srOnly;
