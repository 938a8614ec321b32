/**
 * PMO Hub's one date module (pure, no I/O): how a date-only value is written to SharePoint for the
 * site's time zone, how it is read back, and how dates are shown in the user's locale (and, for
 * date-and-time values, the user's time zone). Every service, web part and export uses it.
 */
export { SHAREPOINT_TIME_ZONES } from './timeZones';
export { UTC_TIME_ZONE, instantOf, offsetMinutesAt, siteTimeZoneOf, wallClockAt, type ISiteTimeZone, type ITimeZoneBias, type IWallClock } from './zone';
export {
  addDays, dayAt, daysBetween, dayOfLocalDate, excelDateOf, FIRST_STORABLE_DAY, isIsoDay, isStorableDay, LAST_STORABLE_DAY, localDateOfDay, partsOfDay, readDateOnly, siteMidnight, toSharePointInstant, writeDateOnly,
  type IsoDay
} from './dateOnly';
export { formatDateOnly, formatDateTime, formatDayOfInstant, type DayStyle } from './display';
