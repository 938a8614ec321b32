/**
 * Absences (schema 8): the public holidays of the site language's country for 2026 and 2027, for
 * everyone (no person): England and Wales for English, Germany (nationwide days) for German, France
 * for French, the Netherlands for Dutch, Italy for Italian; and the people's own leave: a summer
 * holiday of two weeks, a week in spring, some days at the end of the year, and a training course
 * for some. Titles are in the site's language.
 */
import { AbsencesList, ResourcesList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { ref, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { row } from '../rows';
import { iso } from '../shared';
import type { Lang } from '../text';

const AB = AbsencesList.fields;
const absenceType = choiceCodes(AbsencesList.choices.AbsenceType);

/** The years the demo's holidays and leave cover. */
export const ABSENCE_YEARS: ReadonlyArray<number> = [2026, 2027];

const DAY_MS = 86400000;

/** Day number (days since 1970-01-01) of a date. */
function dayOfDate(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Day of the week of a day number (0 = Sunday). */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Easter Sunday of a year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher), as a day number. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOfDate(year, month, day);
}

/** The first (n = 1) or last (n = -1) Monday of a month, as a day number. */
function monday(year: number, month: number, n: 1 | -1): number {
  if (n === 1) {
    const first = dayOfDate(year, month, 1);
    return first + ((8 - weekday(first)) % 7);
  }
  const last = dayOfDate(year, month + 1, 0);
  return last - ((weekday(last) + 6) % 7);
}

/** The next working day on or after a day that is not taken (a substitute day for a holiday on a weekend). */
function substitute(day: number, taken: ReadonlySet<number>): number {
  let d = day;
  while (weekday(d) === 0 || weekday(d) === 6 || taken.has(d)) d++;
  return d;
}

type Holidays = Array<[string, number]>;

/** England and Wales' bank holidays (a holiday on a weekend moves to the next working day). */
function englandHolidays(y: number): Holidays {
  const e = easterSunday(y);
  const fixed: Holidays = [];
  const taken = new Set<number>();
  for (const [name, day] of [['New Year’s Day', dayOfDate(y, 1, 1)], ['Christmas Day', dayOfDate(y, 12, 25)], ['Boxing Day', dayOfDate(y, 12, 26)]] as const) {
    const d = substitute(day, taken);
    taken.add(d);
    fixed.push([d === day ? name : `${name} (substitute day)`, d]);
  }
  return [
    ...fixed, ['Good Friday', e - 2], ['Easter Monday', e + 1], ['Early May bank holiday', monday(y, 5, 1)],
    ['Spring bank holiday', monday(y, 5, -1)], ['Summer bank holiday', monday(y, 8, -1)]
  ];
}

/** The holidays of a year in the country of a language. */
export function publicHolidays(lang: Lang, y: number): Holidays {
  const e = easterSunday(y);
  const d = (m: number, day: number): number => dayOfDate(y, m, day);
  switch (lang) {
    case 'de':
      return [['Neujahr', d(1, 1)], ['Karfreitag', e - 2], ['Ostermontag', e + 1], ['Tag der Arbeit', d(5, 1)], ['Christi Himmelfahrt', e + 39],
        ['Pfingstmontag', e + 50], ['Tag der Deutschen Einheit', d(10, 3)], ['1. Weihnachtstag', d(12, 25)], ['2. Weihnachtstag', d(12, 26)]];
    case 'fr':
      return [['Jour de l’an', d(1, 1)], ['Lundi de Pâques', e + 1], ['Fête du Travail', d(5, 1)], ['Victoire 1945', d(5, 8)], ['Ascension', e + 39],
        ['Lundi de Pentecôte', e + 50], ['Fête nationale', d(7, 14)], ['Assomption', d(8, 15)], ['Toussaint', d(11, 1)], ['Armistice 1918', d(11, 11)], ['Noël', d(12, 25)]];
    case 'nl': {
      // King's Day moves to Saturday 26 April when 27 April is a Sunday.
      const kings = weekday(d(4, 27)) === 0 ? d(4, 26) : d(4, 27);
      return [['Nieuwjaarsdag', d(1, 1)], ['Goede Vrijdag', e - 2], ['Tweede Paasdag', e + 1], ['Koningsdag', kings], ['Hemelvaartsdag', e + 39],
        ['Tweede Pinksterdag', e + 50], ['Eerste Kerstdag', d(12, 25)], ['Tweede Kerstdag', d(12, 26)]];
    }
    case 'it':
      return [['Capodanno', d(1, 1)], ['Epifania', d(1, 6)], ['Lunedì dell’Angelo', e + 1], ['Festa della Liberazione', d(4, 25)], ['Festa dei Lavoratori', d(5, 1)],
        ['Festa della Repubblica', d(6, 2)], ['Ferragosto', d(8, 15)], ['Ognissanti', d(11, 1)], ['Immacolata Concezione', d(12, 8)], ['Natale', d(12, 25)], ['Santo Stefano', d(12, 26)]];
    default:
      return englandHolidays(y);
  }
}

/** The public holidays of 2026 and 2027 in the site language's country, for everyone (no person), in date order. */
export function holidayRows(lang: Lang): ISeedRow[] {
  return ABSENCE_YEARS.flatMap(y => publicHolidays(lang, y)).sort((a, b) => a[1] - b[1]).map(([title, day]) => row(AbsencesList, {
    [AB.Title]: title, [AB.Resource]: null, [AB.StartDate]: iso(day), [AB.EndDate]: iso(day), [AB.AbsenceType]: absenceType('PublicHoliday')
  }));
}

/** The titles of people's own absences, by kind. */
const LEAVE_TITLES: Readonly<Record<Lang, { summer: string; spring: string; winter: string; training: string }>> = {
  en: { summer: 'Summer holiday', spring: 'Spring break', winter: 'Year-end leave', training: 'Training course' },
  de: { summer: 'Sommerurlaub', spring: 'Urlaub im Frühjahr', winter: 'Urlaub zum Jahresende', training: 'Schulung' },
  fr: { summer: 'Congés d’été', spring: 'Congés de printemps', winter: 'Congés de fin d’année', training: 'Formation' },
  nl: { summer: 'Zomervakantie', spring: 'Voorjaarsvakantie', winter: 'Verlof rond de jaarwisseling', training: 'Training' },
  it: { summer: 'Ferie estive', spring: 'Ferie di primavera', winter: 'Ferie di fine anno', training: 'Corso di formazione' }
};

/** A Monday in a month, the `week`-th (0-based, at most the third). */
function mondayOf(year: number, month: number, week: number): number {
  return monday(year, month, 1) + 7 * week;
}

/**
 * Each person's own absences in 2026 and 2027: two weeks in July or August, a week in March to May,
 * the working days between Christmas and New Year for about half of them, and a three-day training
 * course for about a third. Drawn from `rng` (the absences stream), one person after the other.
 */
export function leaveRows(rng: Rng, people: number, lang: Lang): ISeedRow[] {
  const t = LEAVE_TITLES[lang];
  const rows: ISeedRow[] = [];
  const add = (person: number, title: string, start: number, end: number, type: 'Leave' | 'Training'): void => {
    rows.push(row(AbsencesList, {
      [AB.Title]: title, [AB.Resource]: ref(ResourcesList, person), [AB.StartDate]: iso(start), [AB.EndDate]: iso(end), [AB.AbsenceType]: absenceType(type)
    }));
  };
  for (let p = 0; p < people; p++) {
    for (const y of ABSENCE_YEARS) {
      const summer = mondayOf(y, rng.int(7, 8), rng.int(0, 2));
      add(p, t.summer, summer, summer + 11, 'Leave');
      const spring = mondayOf(y, rng.int(3, 5), rng.int(0, 3));
      add(p, t.spring, spring, spring + 4, 'Leave');
      if (rng.chance(0.5)) add(p, t.winter, dayOfDate(y, 12, 27), dayOfDate(y, 12, 31), 'Leave');
      if (rng.chance(0.35)) {
        const course = mondayOf(y, rng.pick([2, 6, 10]), rng.int(0, 3)) + 1;
        add(p, t.training, course, course + 2, 'Training');
      }
    }
  }
  return rows;
}
