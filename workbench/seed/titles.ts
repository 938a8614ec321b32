/**
 * Names and amounts as an organisation keeps them: every project and request title is used once in
 * the organisation (a second project on the same subject gets a phase, a region or a wave), and
 * budgets are planned in round amounts.
 */
import { PROJECT_SUBJECTS, QUALIFIERS, type Lang } from './text';

/** "Phase n" in each language, for subjects whose qualifiers are all taken. */
const PHASE: Readonly<Record<Lang, (n: number) => string>> = {
  en: n => `Phase ${n}`, de: n => `Phase ${n}`, fr: n => `Phase ${n}`, nl: n => `Fase ${n}`, it: n => `Fase ${n}`
};

/**
 * The titles taken so far, in one language. `take` gives the title asked for when it is free, else
 * the first free one of the same subject (its qualifiers in order, then "Phase 3", "Phase 4", …).
 * Deterministic: it draws nothing from the PRNG.
 */
export class TitleBook {
  private readonly taken = new Set<string>();

  public constructor(public readonly lang: Lang) {}

  /** A free title for `subject` (one of PROJECT_SUBJECTS[lang]), with `qualifier` when given. */
  public take(subject: string, qualifier?: string): string {
    const compose = (q?: string): string => (q ? `${subject} – ${q}` : subject);
    const order: Array<string | undefined> = [qualifier, ...(qualifier === undefined ? [] : [undefined]), ...QUALIFIERS[this.lang].filter(q => q !== qualifier)];
    for (const q of order) {
      const c = compose(q);
      if (!this.taken.has(c)) return this.keep(c);
    }
    for (let n = 3; ; n++) {
      const c = compose(PHASE[this.lang](n));
      if (!this.taken.has(c)) return this.keep(c);
    }
  }

  /** Keeps a title that came from elsewhere (a request that became a project keeps the project's). */
  public keep(title: string): string {
    this.taken.add(title);
    return title;
  }

  /** The subjects of this book's language. */
  public get subjects(): ReadonlyArray<string> {
    return PROJECT_SUBJECTS[this.lang];
  }
}

/**
 * An amount in EUR rounded the way a PMO plans it: to 5,000 below 100,000, to 10,000 below
 * 500,000, to 25,000 below 1,000,000 and to 50,000 above (at least 5,000).
 */
export function plannedAmount(eur: number): number {
  const step = eur < 100000 ? 5000 : eur < 500000 ? 10000 : eur < 1000000 ? 25000 : 50000;
  return Math.max(5000, Math.round(eur / step) * step);
}

/** `eur` rounded to whole thousands. */
export function thousands(eur: number): number {
  return Math.round(eur / 1000) * 1000;
}
