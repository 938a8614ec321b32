import * as maturityStrings from 'MaturityStrings';
import { formatString } from '../../domain/text';
import { pageUrl } from '../../schema/pages';
import type { MaturityLevel, Perspective } from '../../domain/maturity';

/** The perspective's name in the user's language. */
export function perspectiveName(p: Perspective): string {
  return maturityStrings[`Maturity_Perspective_${p}`] ?? p;
}

/** A level as '3 Defined' in the user's language; "No level yet" when undefined. */
export function levelText(level: MaturityLevel | number | undefined): string {
  if (level === undefined) return maturityStrings.Maturity_NoLevel;
  return formatString(maturityStrings.Maturity_LevelText, level, maturityStrings[`Maturity_Level_${level}`] ?? '');
}

/** An average level (organisation view) with one decimal in the user's locale, e.g. '2,7'. */
export function averageText(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  } catch {
    return value.toFixed(1);
  }
}

/** The Training page's file (its page key 'training'; the Training web part opens `?module=<id>` with the module's next sessions). */
export const TRAINING_PAGE_FILE: string = 'Training.aspx';

/** The address that opens a training module on the site's Training page (with its next sessions). */
export function enrolUrl(siteUrl: string, moduleId: number): string {
  return `${siteUrl.replace(/\/+$/, '')}/${pageUrl({ file: TRAINING_PAGE_FILE })}?module=${moduleId}`;
}
