/**
 * Field records: SharePoint's field model, built either from a typed add (the JSON PnPjs sends
 * for addText/addChoice/...) or from Field schema XML (createFieldAsXml). Both paths produce the
 * same record, and the record renders to SharePoint's field JSON.
 */
import { randomUUID } from 'node:crypto';
import { spErrors } from './odata';

/** The stored field record (the SharePoint property names). */
export interface IFieldRecord {
  Id: string;
  InternalName: string;
  StaticName: string;
  Title: string;
  FieldTypeKind: number;
  TypeAsString: string;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  Description: string;
  DefaultValue: string | null;
  Group: string;
  /** True for the built-in fields every list has. */
  FromBaseType: boolean;
  Sealed: boolean;
  MaxLength?: number;
  Choices?: string[];
  FillInChoice?: boolean;
  MinimumValue?: number;
  MaximumValue?: number;
  Decimals?: number;
  LookupList?: string;
  LookupField?: string;
  AllowMultipleValues?: boolean;
  SelectionMode?: number;
  SelectionGroup?: number;
  DisplayFormat?: number;
  Formula?: string;
  OutputType?: number;
  RichText?: boolean;
  NumberOfLines?: number;
  AppendOnly?: boolean;
  CurrencyLocaleId?: number;
  ShowAsPercentage?: boolean;
}

const typeNames: Record<number, string> = {
  1: 'Integer', 2: 'Text', 3: 'Note', 4: 'DateTime', 5: 'Counter', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number',
  10: 'Currency', 11: 'URL', 12: 'Computed', 14: 'Guid', 15: 'MultiChoice', 17: 'Calculated', 19: 'Attachments', 20: 'User', 25: 'ContentTypeId'
};
const kindOfType: Record<string, number> = {
  integer: 1, text: 2, note: 3, datetime: 4, counter: 5, choice: 6, lookup: 7, lookupmulti: 7, boolean: 8, number: 9, currency: 10,
  url: 11, computed: 12, guid: 14, multichoice: 15, calculated: 17, attachments: 19, user: 20, usermulti: 20, contenttypeid: 25
};
const odataTypes: Record<number, string> = {
  1: 'SP.FieldNumber', 2: 'SP.FieldText', 3: 'SP.FieldMultiLineText', 4: 'SP.FieldDateTime', 5: 'SP.Field', 6: 'SP.FieldChoice', 7: 'SP.FieldLookup', 8: 'SP.Field',
  9: 'SP.FieldNumber', 10: 'SP.FieldCurrency', 11: 'SP.FieldUrl', 12: 'SP.FieldComputed', 14: 'SP.FieldGuid', 15: 'SP.FieldMultiChoice', 17: 'SP.FieldCalculated',
  19: 'SP.Field', 20: 'SP.FieldUser', 25: 'SP.Field'
};

/** The OData type name of a field record. */
export function fieldODataType(f: IFieldRecord): string {
  return odataTypes[f.FieldTypeKind] ?? 'SP.Field';
}

/** True for fields whose value is a list of values (multi lookups, multi users, multi choice). */
export function isMulti(f: IFieldRecord): boolean {
  return f.TypeAsString === 'LookupMulti' || f.TypeAsString === 'UserMulti' || f.TypeAsString === 'MultiChoice';
}

/** True for lookup-like fields (lookups and users), exposed as `<Name>Id` in item JSON. */
export function isLookupLike(f: IFieldRecord): boolean {
  return f.FieldTypeKind === 7 || f.FieldTypeKind === 20;
}

/** SharePoint's encoding of a display name into an internal name (`Project Code` → `Project_x0020_Code`), max 32 chars. */
export function encodeInternalName(title: string): string {
  let out = '';
  for (const ch of title) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else out += `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`; // eslint-disable-line @typescript-eslint/no-non-null-assertion
  }
  return out.slice(0, 32);
}

function base(title: string, internalName: string, kind: number, typeAsString: string): IFieldRecord {
  return {
    Id: randomUUID(), InternalName: internalName, StaticName: internalName, Title: title, FieldTypeKind: kind, TypeAsString: typeAsString,
    Required: false, Indexed: false, EnforceUniqueValues: false, Hidden: false, ReadOnlyField: false, Description: '', DefaultValue: null,
    Group: 'Custom Columns', FromBaseType: false, Sealed: false
  };
}

/** The fields every new custom list has. */
export function builtInFields(): IFieldRecord[] {
  const sys = (title: string, name: string, kind: number, typ: string, extra: Partial<IFieldRecord> = {}): IFieldRecord =>
    ({ ...base(title, name, kind, typ), Group: '_Hidden', FromBaseType: true, Sealed: true, ReadOnlyField: true, ...extra });
  return [
    sys('Content Type ID', 'ContentTypeId', 25, 'ContentTypeId', { Hidden: true }),
    sys('Title', 'Title', 2, 'Text', { ReadOnlyField: false, Sealed: false, Required: true, MaxLength: 255, Group: 'Custom Columns' }),
    sys('ID', 'ID', 5, 'Counter'),
    sys('Content Type', 'ContentType', 12, 'Computed'),
    sys('Modified', 'Modified', 4, 'DateTime', { DisplayFormat: 1 }),
    sys('Created', 'Created', 4, 'DateTime', { DisplayFormat: 1 }),
    sys('Created By', 'Author', 20, 'User', { LookupList: '{user-information-list}', LookupField: 'Title', SelectionMode: 1, AllowMultipleValues: false }),
    sys('Modified By', 'Editor', 20, 'User', { LookupList: '{user-information-list}', LookupField: 'Title', SelectionMode: 1, AllowMultipleValues: false }),
    sys('Attachments', 'Attachments', 19, 'Attachments', { ReadOnlyField: false })
  ];
}

function bool(v: unknown): boolean {
  return v === true || (typeof v === 'string' && /^(true|1)$/i.test(v));
}
function num(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}
function choicesOf(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.map(String);
  if (v && typeof v === 'object' && Array.isArray((v as { results?: unknown }).results)) return (v as { results: unknown[] }).results.map(String);
  return undefined;
}

/** Applies SharePoint field properties (typed add body or MERGE body) onto a record. */
export function applyFieldProps(f: IFieldRecord, props: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(props)) {
    switch (k) {
      case '__metadata': case 'FieldTypeKind': case 'odata.type': break;
      case 'Title': f.Title = String(v); break;
      case 'Description': f.Description = String(v ?? ''); break;
      case 'Group': f.Group = String(v ?? ''); break;
      case 'Required': f.Required = bool(v); break;
      case 'Indexed': f.Indexed = bool(v); break;
      case 'EnforceUniqueValues': f.EnforceUniqueValues = bool(v); break;
      case 'Hidden': f.Hidden = bool(v); break;
      case 'ReadOnlyField': f.ReadOnlyField = bool(v); break;
      case 'DefaultValue': f.DefaultValue = v === null || v === undefined || v === '' ? null : String(v); break;
      case 'MaxLength': f.MaxLength = num(v); break;
      case 'Choices': f.Choices = choicesOf(v) ?? f.Choices; break;
      case 'FillInChoice': f.FillInChoice = bool(v); break;
      case 'MinimumValue': f.MinimumValue = num(v); break;
      case 'MaximumValue': f.MaximumValue = num(v); break;
      case 'Decimals': f.Decimals = num(v); break;
      case 'LookupListId': case 'LookupList': f.LookupList = normalizeGuidRef(String(v)); break;
      case 'LookupFieldName': case 'LookupField': f.LookupField = String(v); break;
      case 'AllowMultipleValues': {
        f.AllowMultipleValues = bool(v);
        if (f.FieldTypeKind === 7) f.TypeAsString = f.AllowMultipleValues ? 'LookupMulti' : 'Lookup';
        if (f.FieldTypeKind === 20) f.TypeAsString = f.AllowMultipleValues ? 'UserMulti' : 'User';
        break;
      }
      case 'SelectionMode': f.SelectionMode = num(v) ?? 0; break;
      case 'SelectionGroup': f.SelectionGroup = num(v) ?? 0; break;
      case 'DisplayFormat': f.DisplayFormat = num(v); break;
      case 'Formula': f.Formula = String(v); break;
      case 'OutputType': f.OutputType = num(v); break;
      case 'RichText': f.RichText = bool(v); break;
      case 'NumberOfLines': f.NumberOfLines = num(v); break;
      case 'AppendOnly': f.AppendOnly = bool(v); break;
      case 'CurrencyLocaleId': f.CurrencyLocaleId = num(v); break;
      case 'ShowAsPercentage': f.ShowAsPercentage = bool(v); break;
      case 'StaticName': f.StaticName = String(v); break;
      // accepted and ignored, as they do not change stored behaviour in the emulator
      case 'DateTimeCalendarType': case 'FriendlyDisplayFormat': case 'AllowHyperlink': case 'RestrictedMode': case 'UnlimitedLengthInDocumentLibrary':
      case 'EnforceUniqueValuesInList': case 'ValidationFormula': case 'ValidationMessage': case 'JSLink': case 'ClientSideComponentId':
      case 'CustomFormatter': case 'EditFormat': case 'Presence': case 'IsDependentLookup': case 'PrimaryFieldId': case 'Direction':
        break;
      default:
        throw spErrors.unknownProperty(k, 'SP.Field');
    }
  }
}

function normalizeGuidRef(v: string): string {
  const m = /^\{?([0-9a-fA-F-]{36})\}?$/.exec(v.trim());
  return m ? `{${m[1].toLowerCase()}}` : v;
}

/** A field from a typed add (`fields.add`/`addText`/... or `fields/AddField` parameters). */
export function fieldFromTyped(props: Record<string, unknown>, internalName: string): IFieldRecord {
  const kind = Number(props.FieldTypeKind);
  const t = typeNames[kind];
  if (!t) throw spErrors.badQuery(`Field type ${String(props.FieldTypeKind)} is not supported by the workbench emulator.`);
  const f = base(String(props.Title ?? internalName), internalName, kind, t);
  defaultsFor(f);
  const rest = { ...props };
  delete rest.Title;
  applyFieldProps(f, rest);
  return f;
}

function defaultsFor(f: IFieldRecord): void {
  switch (f.FieldTypeKind) {
    case 2: f.MaxLength = 255; break;
    case 3: f.RichText = false; f.NumberOfLines = 6; f.AppendOnly = false; break;
    case 4: f.DisplayFormat = 0; break;
    case 6: case 15: f.Choices = []; f.FillInChoice = false; break;
    case 7: f.LookupField = 'Title'; f.AllowMultipleValues = f.TypeAsString === 'LookupMulti'; f.LookupList = ''; break;
    case 10: f.CurrencyLocaleId = 1033; break;
    case 11: f.DisplayFormat = 0; break;
    case 17: f.OutputType = 2; f.Formula = ''; f.ReadOnlyField = true; break;
    case 20: f.SelectionMode = 0; f.SelectionGroup = 0; f.AllowMultipleValues = f.TypeAsString === 'UserMulti'; f.LookupList = '{user-information-list}'; f.LookupField = 'Title'; break;
    default: break;
  }
}

function xmlUnescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A field from SharePoint Field schema XML (createFieldAsXml). */
export function fieldFromXml(xml: string): IFieldRecord {
  const open = /<Field\b([^>]*?)(\/?)>/i.exec(xml);
  if (!open) throw spErrors.badQuery('The field schema XML is not valid: no <Field> element.');
  const attrs: Record<string, string> = {};
  for (const m of open[1].matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) attrs[m[1].toLowerCase()] = xmlUnescape(m[3] ?? m[4] ?? '');
  const type = attrs.type ?? 'Text';
  const kind = kindOfType[type.toLowerCase()];
  if (!kind) throw spErrors.badQuery(`Field type ${type} is not supported by the workbench emulator.`);
  const name = attrs.name ?? attrs.staticname ?? encodeInternalName(attrs.displayname ?? 'Field');
  const typeAsString = typeNames[kind] === 'Lookup' && /^lookupmulti$/i.test(type) ? 'LookupMulti' : typeNames[kind] === 'User' && /^usermulti$/i.test(type) ? 'UserMulti' : typeNames[kind];
  const f = base(attrs.displayname ?? name, name, kind, typeAsString);
  defaultsFor(f);
  if (attrs.id) f.Id = attrs.id.replace(/[{}]/g, '').toLowerCase();
  if (attrs.staticname) f.StaticName = attrs.staticname;
  const b = (k: string): boolean | undefined => (attrs[k] === undefined ? undefined : /^true$/i.test(attrs[k]));
  const set = <K extends keyof IFieldRecord>(k: K, v: IFieldRecord[K] | undefined): void => { if (v !== undefined) f[k] = v; };
  set('Required', b('required'));
  set('Indexed', b('indexed'));
  set('EnforceUniqueValues', b('enforceuniquevalues'));
  set('Hidden', b('hidden'));
  set('ReadOnlyField', b('readonly'));
  set('FillInChoice', b('fillinchoice'));
  set('RichText', b('richtext'));
  set('AppendOnly', b('appendonly'));
  set('ShowAsPercentage', b('percentage'));
  if (attrs.description !== undefined) f.Description = attrs.description;
  if (attrs.group !== undefined) f.Group = attrs.group;
  set('MaxLength', num(attrs.maxlength));
  set('MinimumValue', num(attrs.min));
  set('MaximumValue', num(attrs.max));
  set('Decimals', num(attrs.decimals));
  set('NumberOfLines', num(attrs.numlines));
  set('CurrencyLocaleId', num(attrs.lcid));
  if (kind === 7) {
    if (attrs.list) f.LookupList = normalizeGuidRef(attrs.list);
    if (attrs.showfield) f.LookupField = attrs.showfield;
  }
  if (b('mult') !== undefined && (kind === 7 || kind === 20)) applyFieldProps(f, { AllowMultipleValues: b('mult') });
  if (kind === 20) {
    const mode = attrs.userselectionmode;
    if (mode !== undefined) f.SelectionMode = /^(1|peopleandgroups)$/i.test(mode) ? 1 : 0;
    if (attrs.userselectionscope !== undefined) f.SelectionGroup = num(attrs.userselectionscope) ?? 0;
  }
  if (attrs.format !== undefined) {
    const fm = attrs.format.toLowerCase();
    const formats: Record<string, number> = { dateonly: 0, datetime: 1, hyperlink: 0, image: 1, dropdown: 0, radiobuttons: 1, checkboxes: 2 };
    if (kind === 4 || kind === 11) f.DisplayFormat = formats[fm] ?? 0;
  }
  if (kind === 17) {
    const rt = attrs.resulttype;
    if (rt) f.OutputType = kindOfType[rt.toLowerCase()] ?? 2;
    const fm = /<Formula>([\s\S]*?)<\/Formula>/i.exec(xml);
    if (fm) f.Formula = xmlUnescape(fm[1]);
  }
  const choices = /<CHOICES>([\s\S]*?)<\/CHOICES>/i.exec(xml);
  if (choices) f.Choices = [...choices[1].matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map(m => xmlUnescape(m[1]));
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  if (def) f.DefaultValue = xmlUnescape(def[1]);
  return f;
}

/** SharePoint-like SchemaXml generated from a record. */
export function schemaXmlOf(f: IFieldRecord, listGuid: string): string {
  const typeAttr = f.TypeAsString;
  const a: string[] = [`Type="${typeAttr}"`, `DisplayName="${xmlEscape(f.Title)}"`, `Required="${f.Required ? 'TRUE' : 'FALSE'}"`];
  if (f.Indexed) a.push('Indexed="TRUE"');
  if (f.EnforceUniqueValues) a.push('EnforceUniqueValues="TRUE"');
  if (f.MaxLength !== undefined) a.push(`MaxLength="${f.MaxLength}"`);
  if (f.MinimumValue !== undefined) a.push(`Min="${f.MinimumValue}"`);
  if (f.MaximumValue !== undefined) a.push(`Max="${f.MaximumValue}"`);
  if (f.LookupList) a.push(`List="${f.LookupList}"`, `ShowField="${f.LookupField ?? 'Title'}"`);
  if (isMulti(f) && f.FieldTypeKind !== 15) a.push('Mult="TRUE"');
  if (f.FieldTypeKind === 20) a.push(`UserSelectionMode="${f.SelectionMode === 1 ? 'PeopleAndGroups' : 'PeopleOnly'}"`);
  a.push(`ID="{${f.Id}}"`, `SourceID="{${listGuid}}"`, `StaticName="${f.StaticName}"`, `Name="${f.InternalName}"`);
  let inner = '';
  if (f.Choices) inner += `<CHOICES>${f.Choices.map(c => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('')}</CHOICES>`;
  if (f.DefaultValue !== null) inner += `<Default>${xmlEscape(f.DefaultValue)}</Default>`;
  if (f.Formula) inner += `<Formula>${xmlEscape(f.Formula)}</Formula>`;
  return inner ? `<Field ${a.join(' ')}>${inner}</Field>` : `<Field ${a.join(' ')} />`;
}

/** The field's JSON properties as SharePoint returns them. */
export function fieldProps(f: IFieldRecord, listGuid: string): Record<string, unknown> {
  const p: Record<string, unknown> = {
    CanBeDeleted: !f.FromBaseType, DefaultValue: f.DefaultValue, Description: f.Description, Direction: 'none', EnforceUniqueValues: f.EnforceUniqueValues,
    EntityPropertyName: f.InternalName, Filterable: true, FromBaseType: f.FromBaseType, Group: f.Group, Hidden: f.Hidden, Id: f.Id, Indexed: f.Indexed,
    InternalName: f.InternalName, ReadOnlyField: f.ReadOnlyField, Required: f.Required, SchemaXml: schemaXmlOf(f, listGuid), Scope: '', Sealed: f.Sealed,
    Sortable: !isMulti(f), StaticName: f.StaticName, Title: f.Title, FieldTypeKind: f.FieldTypeKind, TypeAsString: f.TypeAsString,
    TypeDisplayName: f.TypeAsString, TypeShortDescription: f.TypeAsString
  };
  const opt: Array<keyof IFieldRecord> = ['MaxLength', 'Choices', 'FillInChoice', 'MinimumValue', 'MaximumValue', 'LookupList', 'LookupField', 'AllowMultipleValues',
    'SelectionMode', 'SelectionGroup', 'DisplayFormat', 'Formula', 'OutputType', 'RichText', 'NumberOfLines', 'AppendOnly', 'CurrencyLocaleId', 'ShowAsPercentage'];
  for (const k of opt) if (f[k] !== undefined) p[k] = f[k];
  return p;
}
