/**
 * The feature assets generated from the schema (sharepoint/assets): elements.xml with the PMO Hub
 * site columns (<Field>) and list instances (<ListInstance>), and one schema file per list with its
 * columns and views. Pure: tools/generate-assets.ts writes the result, a test compares it to disk.
 */
import { displayNamesOf, fieldXml, FIELD_GROUP, listUrlName, localize, stableGuid, xmlEscape } from './fieldXml';
import type { IFieldSchema, IListSchema, ISiteSchema, IViewSchema } from './types';

/** SharePoint's features that hold the list templates PMO Hub uses. */
const TEMPLATE_FEATURE: Record<number, string> = {
  100: '00bfea71-de22-43b2-a848-c05709900100',
  101: '00bfea71-e717-4e80-aa17-d0c71b360101'
};

const HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!-- GENERATED from src/schema by tools/generate-assets.ts. Do not edit: change src/schema and run `npx tsx tools/generate-assets.ts`. -->\n';

/** The file name of a list's schema file. */
export function schemaFileName(list: IListSchema): string {
  return `schema-${list.key}.xml`;
}

function lookupUrl(schema: ISiteSchema, field: IFieldSchema): string | undefined {
  if (!field.lookup) return undefined;
  const target = schema.lists.filter(l => l.key === field.lookup?.list)[0];
  return target ? target.url : field.lookup.list;
}

function columnXml(schema: ISiteSchema, field: IFieldSchema, strings: Readonly<Record<string, string>>, listSettings: boolean, list?: IListSchema): string {
  const owner = list ?? schema.lists.filter(l => l.fields.some(f => f.name === field.name))[0];
  return fieldXml(field, {
    displayNames: owner ? displayNamesOf(owner, strings) : undefined,
    displayName: localize(strings, field.title),
    description: field.description ? localize(strings, field.description) : undefined,
    validationMessage: field.validation ? localize(strings, field.validation.message) : undefined,
    lookupList: lookupUrl(schema, field),
    listSettings
  });
}

function viewXml(list: IListSchema, view: IViewSchema, index: number, strings: Readonly<Record<string, string>>): string {
  const name = view.title ? localize(strings, view.title) : 'All Items';
  const url = `${view.url}.aspx`;
  return [
    `      <View BaseViewID="${index + 1}" Type="HTML" WebPartZoneID="Main" DisplayName="${xmlEscape(name)}"${view.default ? ' DefaultView="TRUE"' : ''} SetupPath="pages\\viewpage.aspx" Url="${xmlEscape(url)}">`,
    `        <RowLimit Paged="TRUE">${view.rowLimit ?? 30}</RowLimit>`,
    `        <ViewFields>${view.fields.map(f => `<FieldRef Name="${xmlEscape(f)}"/>`).join('')}</ViewFields>`,
    `        <Query>${view.query ?? ''}</Query>`,
    '        <XslLink Default="TRUE">main.xsl</XslLink>',
    '        <JSLink>clienttemplates.js</JSLink>',
    '      </View>'
  ].join('\n');
}

function listSchemaXml(schema: ISiteSchema, list: IListSchema, strings: Readonly<Record<string, string>>): string {
  const isLib = list.template === 101;
  const attrs = [
    'xmlns:ows="Microsoft SharePoint"',
    `Title="${xmlEscape(localize(strings, list.title))}"`,
    `Url="${list.url}"`,
    `BaseType="${isLib ? 1 : 0}"`,
    'EnableContentTypes="FALSE"',
    `VersioningEnabled="${list.versioning ? 'TRUE' : 'FALSE'}"`
  ];
  if (list.readSecurity) attrs.push(`ReadSecurity="${list.readSecurity}"`);
  if (list.writeSecurity) attrs.push(`WriteSecurity="${list.writeSecurity}"`);
  attrs.push('xmlns="http://schemas.microsoft.com/sharepoint/"');
  const forms = isLib
    ? ['DisplayForm|Forms/DispForm.aspx', 'EditForm|Forms/EditForm.aspx', 'NewForm|Forms/Upload.aspx']
    : ['DisplayForm|DispForm.aspx', 'EditForm|EditForm.aspx', 'NewForm|NewForm.aspx'];
  return (
    HEADER +
    `<List ${attrs.join(' ')}>\n` +
    '  <MetaData>\n' +
    `    <ContentTypes><ContentTypeRef ID="${isLib ? '0x0101' : '0x01'}"/><ContentTypeRef ID="0x0120"/></ContentTypes>\n` +
    '    <Fields>\n' +
    list.fields.map(f => `      ${columnXml(schema, f, strings, true, list)}`).join('\n') +
    '\n    </Fields>\n' +
    '    <Views>\n' +
    list.views.map((v, i) => viewXml(list, v, i, strings)).join('\n') +
    '\n    </Views>\n' +
    `    <Forms>${forms.map(f => `<Form Type="${f.split('|')[0]}" Url="${f.split('|')[1]}" SetupPath="pages\\form.aspx" WebPartZoneID="Main"/>`).join('')}</Forms>\n` +
    '  </MetaData>\n' +
    '</List>\n'
  );
}

/**
 * Every generated file, by name, from a schema and the English strings. Site columns appear once
 * per internal name (the schema keeps a name's definition the same in every list).
 */
export function generateAssets(schema: ISiteSchema, strings: Readonly<Record<string, string>>): Record<string, string> {
  const files: Record<string, string> = {};
  const columns: IFieldSchema[] = [];
  const seen: Record<string, boolean> = {};
  for (const l of schema.lists) {
    for (const f of l.fields) {
      if (seen[f.name]) continue;
      seen[f.name] = true;
      columns.push(f);
    }
  }
  const instances = schema.lists.map(l =>
    [
      `  <ListInstance Title="${xmlEscape(localize(strings, l.title))}" Description="${xmlEscape(localize(strings, l.description))}"`,
      `    Url="${l.url}" TemplateType="${l.template}" FeatureId="${TEMPLATE_FEATURE[l.template]}"`,
      `    CustomSchema="${schemaFileName(l)}"${l.hidden ? ' Hidden="TRUE"' : ''} OnQuickLaunch="${l.hidden ? 'FALSE' : 'TRUE'}" />`
    ].join('\n')
  );
  files['elements.xml'] =
    HEADER +
    `<Elements xmlns="http://schemas.microsoft.com/sharepoint/">\n` +
    `  <!-- PMO Hub schema version ${schema.version}; suggested feature id ${stableGuid('pmohub:feature:information-architecture')}. -->\n` +
    '  <!-- The PMO site\'s lists first (site column lookups refer to them by URL); columns and views come from each list\'s schema file. -->\n' +
    instances.join('\n') +
    `\n  <!-- Site columns (group "${FIELD_GROUP}"): the same ids as the list columns. -->\n` +
    columns.map(f => `  ${columnXml(schema, f, strings, false)}`).join('\n') +
    '\n</Elements>\n';
  for (const l of schema.lists) files[schemaFileName(l)] = listSchemaXml(schema, l, strings);
  files['README.md'] =
    '# Generated feature assets\n\n' +
    `Generated from \`src/schema\` (schema version ${schema.version}) by \`npx tsx tools/generate-assets.ts\`. Do not edit by hand;\n` +
    'a test (src/schema/assets.test.ts) fails when these files are stale.\n\n' +
    '- `elements.xml`: the PMO Hub site columns and the list instances (' +
    schema.lists.map(l => `\`${listUrlName(l)}\``).join(', ') +
    ').\n' +
    '- `schema-<List>.xml`: each list\'s columns (with per-list settings: required, indexed, unique) and views.\n\n' +
    'Groups, permission levels, role assignments and upgrades cannot be expressed in feature XML: the PMO Setup web part\n' +
    '(provisionSite) applies them, and it ensures everything in these files too, so a site works with or without the feature.\n';
  return files;
}
