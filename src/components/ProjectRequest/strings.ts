import * as pmoStrings from 'PmoHubStrings';
import * as schemaStrings from 'SchemaStrings';

const schema = schemaStrings as Readonly<Record<string, string>>;
const shared = pmoStrings as Readonly<Record<string, string>>;

/**
 * The strings of the Project requests web part: PmoHubStrings and the columns' titles (SchemaStrings),
 * because the intake form names its fields as the ProjectRequests list names its columns. Each key is
 * read from its module when it is used (a view, not a copy), so a switched locale shows at once.
 */
export const strings: IPmoHubStrings = new Proxy({} as IPmoHubStrings, {
  get: (_target, key) => (typeof key === 'string' ? (key in schema ? schema[key] : shared[key]) : undefined),
  has: (_target, key) => typeof key === 'string' && (key in schema || key in shared)
});
