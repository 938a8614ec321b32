/** Constants and small number helpers the list generators share. Pure. */
import { REFERENCE_DATE, dayOf, isoOfDay, monthOf } from './dates';

/** The reference date as a day number. */
export const REF_DAY: number = dayOf(REFERENCE_DATE);
/** The reference date's month number (November 2026). */
export const REF_MONTH: number = monthOf(REFERENCE_DATE);
/** The last complete month before the reference date (October 2026). */
export const LAST_MONTH: number = REF_MONTH - 1;

/** ISO date (midnight UTC) of a day number. */
export const iso: (day: number) => string = isoOfDay;

/** Rounded to 2 decimals. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** `n` limited to [lo, hi]. */
export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));
