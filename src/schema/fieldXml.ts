/**
 * The CAML of PMO Hub's columns: one function writes the <Field> element both for provisioning
 * (`createFieldAsXml`, with the site's display names and lookup list ids) and for the generated
 * feature assets in sharepoint/assets (English names, lookup lists by URL). Pure: no I/O.
 */
import type { IFieldSchema, IListSchema } from './types';

/** Currency columns are euros (LCID 1031 formats as €). */
export const CURRENCY_LCID: number = 1031;

/** The group PMO Hub's columns appear under. */
export const FIELD_GROUP: string = 'PMO Hub';

/** Escapes text for an XML attribute or element. */
export function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A deterministic GUID (RFC 4122 layout, version nibble 5) for a name: stable across runs and machines. */
export function stableGuid(name: string): string {
  const hex = (n: number): string => ('00000000' + n.toString(16)).slice(-8);
  const s = hex(fnv1a(name, 0x811c9dc5)) + hex(fnv1a(name, 0x01234567)) + hex(fnv1a(name, 0x89abcdef)) + hex(fnv1a(name, 0x2468ace0));
  const variant = ((parseInt(s.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-5${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

/** The id of a PMO Hub column: the same in every list (like a site column's). */
export function fieldId(field: IFieldSchema): string {
  return stableGuid(`pmohub:field:${field.name}`);
}

/** Display strings and resolved references for one <Field> element. */
export interface IFieldXmlOptions {
  /** The column's display name. */
  displayName: string;
  /** The column's description (optional). */
  description?: string;
  /** The validation message (required when the column has a validation formula). */
  validationMessage?: string;
  /** Lookup target: a list id '{guid}' (createFieldAsXml) or a web-relative URL (feature XML). */
  lookupList?: string;
  /** Write per-list settings (Required, Indexed, EnforceUniqueValues); false for a site column. */
  listSettings?: boolean;
  /**
   * Display names of the list's columns by internal name. SharePoint reads `[Column]` references in
   * calculated and validation formulas as DISPLAY names at creation (and keeps them working when a
   * column is renamed), so formulas are written with the names the columns have in this locale.
   */
  displayNames?: Readonly<Record<string, string>>;
}

/** A formula with `[InternalName]` references replaced by the columns' display names. */
export function formulaWithDisplayNames(formula: string, displayNames?: Readonly<Record<string, string>>): string {
  if (!displayNames) return formula;
  return formula.replace(/\[([A-Za-z0-9_]+)\]/g, (whole: string, name: string) => {
    const display = displayNames[name];
    return display ? `[${display}]` : whole;
  });
}

/** Display names of a list's columns in a locale (for formulas). */
export function displayNamesOf(list: IListSchema, strings: Readonly<Record<string, string>>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const f of list.fields) names[f.name] = localize(strings, f.title);
  return names;
}

const bool = (v: boolean | undefined): string => (v ? 'TRUE' : 'FALSE');

/** The <Field> element of a column. */
export function fieldXml(field: IFieldSchema, options: IFieldXmlOptions): string {
  const a: string[] = [
    `ID="{${fieldId(field)}}"`,
    `Name="${field.name}"`,
    `StaticName="${field.name}"`,
    `DisplayName="${xmlEscape(options.displayName)}"`,
    `Type="${field.type}"`,
    `Group="${FIELD_GROUP}"`
  ];
  if (options.description) a.push(`Description="${xmlEscape(options.description)}"`);
  if (options.listSettings !== false) {
    a.push(`Required="${bool(field.required)}"`);
    if (field.indexed || field.unique) a.push('Indexed="TRUE"');
    if (field.unique) a.push('EnforceUniqueValues="TRUE"');
  }
  const inner: string[] = [];
  switch (field.type) {
    case 'Text':
      a.push(`MaxLength="${field.maxLength ?? 255}"`);
      break;
    case 'Note':
      a.push(`NumLines="${field.lines ?? 6}"`, `RichText="${bool(field.richText)}"`);
      if (field.richText) a.push('RichTextMode="FullHtml"');
      break;
    case 'Number':
    case 'Currency':
      if (field.type === 'Currency') a.push(`LCID="${CURRENCY_LCID}"`);
      if (field.min !== undefined) a.push(`Min="${field.min}"`);
      if (field.max !== undefined) a.push(`Max="${field.max}"`);
      if (field.decimals !== undefined) a.push(`Decimals="${field.decimals}"`);
      break;
    case 'DateTime':
      a.push(`Format="${field.dateOnly === false ? 'DateTime' : 'DateOnly'}"`);
      break;
    case 'Choice':
    case 'MultiChoice':
      if (field.type === 'Choice') a.push('Format="Dropdown"');
      inner.push(`<CHOICES>${(field.choices ?? []).map(c => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('')}</CHOICES>`);
      break;
    case 'Lookup':
    case 'LookupMulti':
      a.push(`List="${xmlEscape(options.lookupList ?? '')}"`, `ShowField="${field.lookup?.showField ?? 'Title'}"`);
      if (field.type === 'LookupMulti') a.push('Mult="TRUE"');
      break;
    case 'User':
    case 'UserMulti':
      a.push('List="UserInfo"', 'ShowField="ImnName"', 'UserSelectionMode="PeopleOnly"', 'UserSelectionScope="0"');
      if (field.type === 'UserMulti') a.push('Mult="TRUE"');
      break;
    case 'URL':
      a.push('Format="Hyperlink"');
      break;
    case 'Calculated': {
      a.push(`ResultType="${field.outputType ?? 'Text'}"`, 'ReadOnly="TRUE"');
      if (field.decimals !== undefined) a.push(`Decimals="${field.decimals}"`);
      inner.push(`<Formula>${xmlEscape(formulaWithDisplayNames(field.formula ?? '', options.displayNames))}</Formula>`);
      const refs = (field.formula ?? '').match(/\[[^\]]+\]/g) ?? [];
      inner.push(`<FieldRefs>${refs.map(r => `<FieldRef Name="${xmlEscape(r.slice(1, -1))}"/>`).join('')}</FieldRefs>`);
      break;
    }
    default:
      break;
  }
  if (field.default !== undefined) inner.push(`<Default>${xmlEscape(field.default)}</Default>`);
  if (field.validation) {
    inner.push(`<Validation Message="${xmlEscape(options.validationMessage ?? '')}">${xmlEscape(formulaWithDisplayNames(field.validation.formula, options.displayNames))}</Validation>`);
  }
  return inner.length ? `<Field ${a.join(' ')}>${inner.join('')}</Field>` : `<Field ${a.join(' ')} />`;
}

/** The field XML of a list's column as provisioning sends it, with strings from a locale. */
export function localizedFieldXml(
  field: IFieldSchema,
  strings: Readonly<Record<string, string>>,
  lookupListId?: string,
  displayNames?: Readonly<Record<string, string>>
): string {
  return fieldXml(field, {
    displayNames,
    displayName: localize(strings, field.title),
    description: field.description ? localize(strings, field.description) : undefined,
    validationMessage: field.validation ? localize(strings, field.validation.message) : undefined,
    lookupList: lookupListId
  });
}

/** A string of a locale by key; the key itself when the locale misses it (a schema test prevents that). */
export function localize(strings: Readonly<Record<string, string>>, key: string): string {
  const s = strings[key];
  return typeof s === 'string' && s.length > 0 ? s : key;
}

/** The last segment of a list URL: the name SharePoint derives the URL from at creation. */
export function listUrlName(list: IListSchema): string {
  const parts = list.url.split('/');
  return parts[parts.length - 1];
}
