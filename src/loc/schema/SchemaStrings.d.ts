/**
 * SchemaStrings: the titles SharePoint stores in the site's language — lists and libraries (`List_`),
 * columns (`Field_`), groups (`Group_`) and views (`View_`) of the information architecture
 * (src/schema). In their own SPFx resource module (config/config.json localizedResources) because only
 * setting up the site writes them, and the intake form names its fields by its columns' titles: the
 * PMO Setup and Project requests web parts load it, the others do not. Every key exists in all five
 * locale files of this folder; src/loc/locales.test.ts checks it, and src/schema/schema.test.ts that
 * every title of the schema has a key.
 */
declare interface ISchemaStrings {
  [key: string]: string;
}

declare module 'SchemaStrings' {
  const strings: ISchemaStrings;
  export = strings;
}
