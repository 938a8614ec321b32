/**
 * Types of PMO Hub's information architecture. The schema (src/schema/pmoSchema.ts) is data of
 * these types; provisioning, the asset generator, the services and the seed all read it.
 *
 * Conventions:
 * - every `title`, `description` and `message` is a KEY of src/loc (all five locales), never text;
 * - URLs and internal names are fixed English identifiers and never change once released;
 * - a field's internal name means the same thing in every list (same type, choices and lookup
 *   target); only `required`, `indexed`, `unique` and `default` may differ per list.
 */
/** The SharePoint field types PMO Hub uses. */
export type FieldType =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'DateTime'
  | 'Boolean'
  | 'Choice'
  | 'MultiChoice'
  | 'Lookup'
  | 'LookupMulti'
  | 'User'
  | 'UserMulti'
  | 'URL'
  | 'Calculated';

/** The result type of a calculated field. */
export type CalculatedOutputType = 'Text' | 'Number' | 'Currency' | 'DateTime' | 'Boolean';

/** One column of a list. */
export interface IFieldSchema {
  /** Internal (and static) name: ASCII letters and digits, starts with a capital letter. */
  name: string;
  type: FieldType;
  /** Loc key of the display name, e.g. 'Field_Project'. */
  title: string;
  /** Loc key of the description shown under the form control. */
  description?: string;
  required?: boolean;
  /** Choice and MultiChoice: the stored values. Language neutral codes; the UI translates them. */
  choices?: ReadonlyArray<string>;
  /** Default value as SharePoint stores it (a choice code, '1'/'0' for Boolean, a number as text, '[today]'). */
  default?: string;
  /** Number/Currency bounds (inclusive). */
  min?: number;
  max?: number;
  /** Number/Currency: decimal places shown. */
  decimals?: number;
  /** Text: maximum length (255 if omitted). */
  maxLength?: number;
  /** Note: rich text (true) or plain text (false, the default). */
  richText?: boolean;
  /** Note: lines in the edit form. */
  lines?: number;
  /** DateTime: date only (true, the default) or date and time (false). */
  dateOnly?: boolean;
  /** Lookup / LookupMulti: the target list's schema key and the field shown (Title if omitted). */
  lookup?: { list: string; showField?: string };
  /** Calculated: formula and result type. */
  formula?: string;
  outputType?: CalculatedOutputType;
  /** Create a column index (required for every column a service filters or sorts on in a big list). */
  indexed?: boolean;
  /** Enforce unique values (implies an index). */
  unique?: boolean;
  /** Column validation: a SharePoint formula and the loc key of its message. */
  validation?: { formula: string; message: string };
  /**
   * Written by services, not typed by people (JSON payloads, denormalised values): kept out of the
   * generated default view; the web parts' forms omit it. The column itself stays visible in SharePoint.
   */
  hidden?: boolean;
}

/** A view of a list. The default view is the list's AllItems view. */
export interface IViewSchema {
  /** URL name of the view (English, no spaces): AllItems for the default view. */
  url: string;
  /** Loc key of the view title. The default view keeps SharePoint's own localized title if omitted. */
  title?: string;
  /** Internal names of the view's columns, in order. */
  fields: ReadonlyArray<string>;
  /** CAML query (the inside of <Query>): Where and OrderBy. */
  query?: string;
  rowLimit?: number;
  /** True for the list's default view (AllItems). */
  default?: boolean;
}

/** The standard SharePoint permission levels PMO Hub assigns, plus PMO Hub's own custom levels. */
export type StandardRole = 'FullControl' | 'Design' | 'Edit' | 'Contribute' | 'Read';

/** A permission level PMO Hub defines itself (only where no standard level fits; see README). */
export interface ICustomRoleSchema {
  key: string;
  /** The role definition's name on the site (English, stable: it identifies the level). */
  name: string;
  /** Loc key of the description. */
  description: string;
  /** Base permissions by SharePoint's PermissionKind numbers (1 = ViewListItems, 9 = CancelCheckout, …). */
  permissions: ReadonlyArray<number>;
  order: number;
}

/** The PMO site's SharePoint groups. */
export type GroupKey = 'pmoOwners' | 'pmoOfficers' | 'projectManagers' | 'strategyBoard' | 'members' | 'visitors' | 'trainers';

/** A SharePoint site group PMO Hub creates (its members are data, not schema). */
export interface IGroupSchema {
  key: GroupKey;
  /** Loc key of the group's name (created in the site's locale, then found again by its id in PmoHubConfig). */
  title: string;
  /** Loc key of the description. */
  description: string;
  /** Who sees the membership: true = only the group's members/owners. */
  onlyAllowMembersViewMembership?: boolean;
}

/** Permission levels per group: a standard level or the key of a custom one. */
export type RoleAssignmentsSchema = Partial<Record<GroupKey, StandardRole | string>>;

/** Built-in columns provisioning indexes when a list's `queriedBy` names them. */
export const INDEXABLE_BUILT_INS: ReadonlyArray<string> = ['Author', 'Editor', 'Created', 'Modified'];

/** The built-in columns of a list that need an index (those its services query). */
export function builtInIndexes(list: { queriedBy?: ReadonlyArray<string> }): string[] {
  return (list.queriedBy ?? []).filter(q => INDEXABLE_BUILT_INS.indexOf(q) >= 0);
}

/** SharePoint item-level security: 1 = all items, 2 = only own items (4 = none, for WriteSecurity). */
export type ItemSecurity = 1 | 2 | 4;

/** One list or document library of the PMO site. */
export interface IListSchema {
  /** Stable key the services use (e.g. 'Projects'). */
  key: string;
  /** Web-relative URL, fixed English: 'Lists/Projects' or 'PmoTemplates' for a library. */
  url: string;
  /** 100 = custom list, 101 = document library. */
  template: 100 | 101;
  /** Loc keys of the title and description. */
  title: string;
  description: string;
  /** The list's own columns (Title always exists; list it to retitle or require it). */
  fields: ReadonlyArray<IFieldSchema>;
  /** Views; the one with `default: true` configures AllItems. */
  views: ReadonlyArray<IViewSchema>;
  /**
   * Item-level security: 1 all items, 2 own items only (4 none, writes). Set through the API on
   * libraries too (Reports), where SharePoint's settings page does not offer it.
   */
  readSecurity?: ItemSecurity;
  writeSecurity?: ItemSecurity;
  /** Unique permissions: the exact level of each PMO group. Omitted = inherits the site's. */
  roleAssignments?: RoleAssignmentsSchema;
  /** Hidden from Site contents (e.g. the config list). */
  hidden?: boolean;
  /** Keep versions of items (audit trail for governance lists). */
  versioning?: boolean;
  /** The list can pass 5,000 items: every column a service filters or sorts on must be indexed. */
  large?: boolean;
  /**
   * The columns PMO Hub's services filter or sort on (OData $filter/$orderby, CAML Where/OrderBy).
   * A test checks each is indexed in a large list. Built-in columns listed here (Author, Editor,
   * Created, Modified) get a column index from provisioning too; ID is always indexed.
   */
  queriedBy?: ReadonlyArray<string>;
}

/**
 * An ordered upgrade step from one schema version to the next, as data: what it does, not how.
 * Provisioning first ensures every list and column of the current schema (additively: it never
 * drops or retypes a column), then runs the steps whose `to` is above the site's version in order,
 * and finally applies views and permissions and records the version. Each step's migration (copy,
 * map, link data) lives in src/provisioning/upgrades under the step's `id`; it must be idempotent,
 * because a run can stop in the middle of a step.
 */
export interface IUpgradeStep {
  from: number;
  to: number;
  /** Stable identifier that pairs the step with its migration in src/provisioning/upgrades; never reused. */
  id: string;
  /** What the step does, in English (log and README). */
  description: string;
  /**
   * Columns of earlier versions that the step's migration reads, by list key: they stay on the site,
   * unused, after the step. The schema guard lets queries name them (and nothing else outside the schema).
   */
  reads?: Readonly<Record<string, ReadonlyArray<string>>>;
}

/** The web part a site page holds: its component id (the manifest's `id`) and initial properties. */
export interface IPageWebPartSchema {
  /** The web part manifest's id (a GUID without braces). */
  id: string;
  /** The manifest's alias, e.g. 'PortfolioWebPart' (logs and the local site). */
  alias: string;
  /** The web part's properties on a new page (the manifest's preconfigured ones). */
  properties?: Readonly<Record<string, unknown>>;
}

/** One modern page of the PMO site (see src/schema/pages.ts). */
export interface ISitePageSchema {
  /** Stable key, e.g. 'portfolio' (test ids, tiles). */
  key: string;
  /** File name in the Site Pages library, e.g. 'Portfolio.aspx'. Fixed English; never changes once released. */
  file: string;
  /** Loc key of the page's title (the navigation label and the tile's title). */
  title: string;
  /** The web part the page holds. */
  webPart: IPageWebPartSchema;
  /** Schema key of the list a user must be able to read to use the page; none: every site user. */
  readList?: string;
  /**
   * A permission on the site itself the page needs: 'manageSite' = Manage Web and Manage Permissions
   * (site owners), as PMO Setup's own check. Without it the page is not offered.
   */
  requires?: 'manageSite';
  /** Whether the web part is also a Teams tab. */
  teamsTab: boolean;
}

/** The whole information architecture of the PMO site. */
export interface ISiteSchema {
  /** Schema version; the site records the version it was provisioned at. */
  version: number;
  groups: ReadonlyArray<IGroupSchema>;
  customRoles: ReadonlyArray<ICustomRoleSchema>;
  /** Permission levels of the PMO groups on the site (web) itself. */
  webRoleAssignments: RoleAssignmentsSchema;
  lists: ReadonlyArray<IListSchema>;
  upgrades: ReadonlyArray<IUpgradeStep>;
  /** The site's modern pages and their web parts (src/schema/pages.ts); none for schemas without pages. */
  pages?: ReadonlyArray<ISitePageSchema>;
}
