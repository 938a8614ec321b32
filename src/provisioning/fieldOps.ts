/**
 * Creating and comparing columns: the REST properties a schema column should have on the site,
 * the typed PnPjs adds, and the diff that makes a second run change nothing.
 */
import type { IFields } from '@pnp/sp/fields';
import { CURRENCY_LCID, FIELD_GROUP, formulaWithDisplayNames, localize } from '../schema/fieldXml';
import type { IFieldSchema } from '../schema/types';
import { choicesOf, type ISiteField } from './site';

/** REST FieldTypeKind of each schema type. */
export const FIELD_TYPE_KIND: Record<IFieldSchema['type'], number> = {
  Text: 2, Note: 3, DateTime: 4, Choice: 6, Lookup: 7, LookupMulti: 7, Boolean: 8, Number: 9, Currency: 10, URL: 11,
  MultiChoice: 15, Calculated: 17, User: 20, UserMulti: 20
};

/** The OData type of a field for updates. */
export const FIELD_ODATA_TYPE: Record<IFieldSchema['type'], string> = {
  Text: 'SP.FieldText', Note: 'SP.FieldMultiLineText', DateTime: 'SP.FieldDateTime', Choice: 'SP.FieldChoice', Lookup: 'SP.FieldLookup',
  LookupMulti: 'SP.FieldLookup', Boolean: 'SP.Field', Number: 'SP.FieldNumber', Currency: 'SP.FieldCurrency', URL: 'SP.FieldUrl',
  MultiChoice: 'SP.FieldMultiChoice', Calculated: 'SP.FieldCalculated', User: 'SP.FieldUser', UserMulti: 'SP.FieldUser'
};

/** The updatable properties a column should have (the ones a later run compares and corrects). */
export function desiredFieldProps(field: IFieldSchema, strings: Readonly<Record<string, string>>): Record<string, unknown> {
  const p: Record<string, unknown> = {
    Title: localize(strings, field.title),
    Required: !!field.required,
    Indexed: !!(field.indexed || field.unique),
    EnforceUniqueValues: !!field.unique
  };
  if (field.description) p.Description = localize(strings, field.description);
  if (field.default !== undefined) p.DefaultValue = field.default;
  if (field.min !== undefined) p.MinimumValue = field.min;
  if (field.max !== undefined) p.MaximumValue = field.max;
  if (field.choices) p.Choices = field.choices.slice();
  // The validation formula is set at creation only: SharePoint reports it with display names, which
  // change with the locale; the message follows the locale.
  if (field.validation) p.ValidationMessage = localize(strings, field.validation.message);
  return p;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  if (typeof a === 'boolean' || typeof b === 'boolean') return !!a === !!b;
  return (a ?? '') === (b ?? '');
}

/**
 * The properties to update on an existing column: those the site reports that differ from the
 * schema. Choices are only ever added (a value in use must stay selectable), so the site's extra
 * choices are kept after the schema's.
 */
export function fieldUpdates(existing: ISiteField, field: IFieldSchema, strings: Readonly<Record<string, string>>): Record<string, unknown> {
  const desired = desiredFieldProps(field, strings);
  const updates: Record<string, unknown> = {};
  const siteChoices = choicesOf(existing);
  if (desired.Choices && siteChoices) {
    const wanted = desired.Choices as string[];
    desired.Choices = wanted.concat(siteChoices.filter(c => wanted.indexOf(c) < 0));
  }
  for (const key of Object.keys(desired)) {
    const current = key === 'Choices' ? siteChoices : existing[key];
    // A property the server does not report is not compared (the emulator and SharePoint differ).
    if (current === undefined) continue;
    if (!same(current, desired[key])) updates[key] = desired[key];
  }
  return updates;
}

/** The site's type name of a schema column ('LookupMulti' and 'UserMulti' included). */
export function siteTypeMatches(existing: ISiteField, field: IFieldSchema): boolean {
  return existing.TypeAsString === field.type;
}

/**
 * Adds a column through PnPjs' typed adds. SharePoint derives the internal name from the title at
 * creation, so the column is added under its internal name and retitled afterwards.
 */
export async function addFieldTyped(
  fields: IFields,
  field: IFieldSchema,
  strings: Readonly<Record<string, string>>,
  lookupListId?: string,
  displayNames?: Readonly<Record<string, string>>
): Promise<void> {
  const common: Record<string, unknown> = { Required: !!field.required, Group: FIELD_GROUP };
  if (field.description) common.Description = localize(strings, field.description);
  if (field.default !== undefined) common.DefaultValue = field.default;
  if (field.validation) {
    common.ValidationFormula = formulaWithDisplayNames(field.validation.formula, displayNames);
    common.ValidationMessage = localize(strings, field.validation.message);
  }
  const num: Record<string, unknown> = {};
  if (field.min !== undefined) num.MinimumValue = field.min;
  if (field.max !== undefined) num.MaximumValue = field.max;
  const n = field.name;
  let added: { Id?: string } | undefined;
  switch (field.type) {
    case 'Text':
      added = await fields.addText(n, { ...common, MaxLength: field.maxLength ?? 255 });
      break;
    case 'Note':
      added = await fields.addMultilineText(n, { ...common, NumberOfLines: field.lines ?? 6, RichText: !!field.richText, AllowHyperlink: false, AppendOnly: false, RestrictedMode: false });
      break;
    case 'Number':
      added = await fields.addNumber(n, { ...common, ...num });
      break;
    case 'Currency':
      added = await fields.addCurrency(n, { ...common, ...num, CurrencyLocaleId: CURRENCY_LCID });
      break;
    case 'DateTime':
      added = await fields.addDateTime(n, { ...common, DisplayFormat: field.dateOnly === false ? 1 : 0 });
      break;
    case 'Boolean':
      added = await fields.addBoolean(n, common);
      break;
    case 'Choice':
      added = await fields.addChoice(n, { ...common, Choices: (field.choices ?? []).slice(), EditFormat: 0 });
      break;
    case 'MultiChoice':
      added = await fields.addMultiChoice(n, { ...common, Choices: (field.choices ?? []).slice() });
      break;
    case 'Lookup':
    case 'LookupMulti':
      added = await fields.addLookup(n, { LookupListId: lookupListId ?? '', LookupFieldName: field.lookup?.showField ?? 'Title', Required: !!field.required, Group: FIELD_GROUP } as Parameters<IFields['addLookup']>[1]);
      if (field.type === 'LookupMulti') await fields.getByInternalNameOrTitle(n).update({ AllowMultipleValues: true }, 'SP.FieldLookup');
      break;
    case 'User':
    case 'UserMulti':
      added = await fields.addUser(n, { ...common, SelectionMode: 0 });
      if (field.type === 'UserMulti') await fields.getByInternalNameOrTitle(n).update({ AllowMultipleValues: true }, 'SP.FieldUser');
      break;
    case 'URL':
      added = await fields.addUrl(n, { ...common, DisplayFormat: 0 });
      break;
    case 'Calculated':
      added = await fields.addCalculated(n, { Formula: formulaWithDisplayNames(field.formula ?? '', displayNames), OutputType: FIELD_TYPE_KIND[field.outputType ?? 'Text'], Group: FIELD_GROUP });
      break;
    default:
      throw new Error(`Field type ${String(field.type)} is not supported`);
  }
  const after: Record<string, unknown> = { Title: localize(strings, field.title) };
  if (field.indexed || field.unique) after.Indexed = true;
  if (field.unique) after.EnforceUniqueValues = true;
  const target = added && added.Id ? fields.getById(added.Id) : fields.getByInternalNameOrTitle(n);
  await target.update(after, FIELD_ODATA_TYPE[field.type]);
}
