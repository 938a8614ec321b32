import * as React from 'react';
import styles from './controls.module.scss';
import { Glyph, type GlyphName } from './Glyph';

/** The props of a Button: every native button attribute, plus PMO Hub's look. */
export interface IButtonProps extends Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  /** The primary action of a form or dialog (filled in the theme's primary colour). */
  primary?: boolean;
  /** A glyph before the text. */
  icon?: GlyphName;
  /** A submit button (default: a plain button, so it never submits a form by accident). */
  submit?: boolean;
  /** For tests: `data-testid`. */
  'data-testid'?: string;
}

/**
 * A native `<button>` in the host's theme colours: focusable, operable with Enter and Space, and
 * named by its text (or by `aria-label` when it shows only a glyph).
 */
export function Button(props: IButtonProps): React.ReactElement {
  const { primary, icon, submit, className, children, ...rest } = props;
  const cls = [styles.button, primary ? styles.primary : '', children === undefined && icon ? styles.iconOnly : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button {...rest} type={submit ? 'submit' : 'button'} className={cls}>
      {icon && <Glyph name={icon} />}
      {children}
    </button>
  );
}

/** A button that looks like a link (opens something in place, such as a panel); use `<a>` for navigation. */
export function LinkButton(props: Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & { 'data-testid'?: string }): React.ReactElement {
  const { className, ...rest } = props;
  return <button {...rest} type="button" className={className ? `${styles.linkButton} ${className}` : styles.linkButton} />;
}

/**
 * A link to another page. Only http(s), mailto and site-relative addresses are rendered as links
 * (anything else, such as `javascript:`, becomes plain text); a new window gets `noopener`.
 */
export function Link(props: React.AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }): React.ReactElement {
  const { className, href, target, rel, children, ...rest } = props;
  const cls = className ? `${styles.link} ${className}` : styles.link;
  if (!isSafeHref(href)) return <span className={className}>{children}</span>;
  const newWindow = target === '_blank';
  return <a {...rest} className={cls} href={href} target={target} rel={newWindow ? rel ?? 'noopener noreferrer' : rel}>{children}</a>;
}

/** Whether an address may become a link: http(s), mailto, or relative to the site. */
export function isSafeHref(href: string): boolean {
  const h = href.trim();
  if (/^(https?:|mailto:)/i.test(h)) return true;
  return /^(\/(?!\/)|\.{0,2}\/|[?#])/.test(h);
}
