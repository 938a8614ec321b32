/**
 * The demo directory of the local workbench: the people and groups that both the SharePoint
 * emulator (site users, groups) and the Graph emulator (users, groups, teams) know.
 *
 * Names come from the five language areas PMO Hub serves. Everything here is deterministic, so
 * tests and screenshots are stable.
 */

/** The roles a demo user plays on the PMO site. */
export type DemoRole = 'owner' | 'pmoOfficer' | 'projectManager' | 'boardMember' | 'requester' | 'trainee' | 'reader';

export interface IDemoUser {
  /** Entra object id (GUID). */
  id: string;
  /** User principal name, also the sign-in name and e-mail address. */
  userPrincipalName: string;
  mail: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  /** BCP-47 tag of the preferred UI language: en-US, de-DE, fr-FR, nl-NL, it-IT. */
  preferredLanguage: string;
  /** The role this user plays on the demo PMO site. */
  role: DemoRole;
  /** userPrincipalName of the manager, if any. */
  managerUpn?: string;
}

export interface IDemoGroup {
  /** Entra object id (GUID). */
  id: string;
  displayName: string;
  description: string;
  mailNickname: string;
  /** True when the group has a team in Teams. */
  isTeam: boolean;
  /** userPrincipalNames of the members. */
  members: string[];
  /** userPrincipalNames of the owners. */
  owners: string[];
}

/** The e-mail domain of the demo tenant. */
export const DEMO_DOMAIN: string = 'pmohub.demo';

/** Claims prefix SharePoint Online uses for Entra users' login names. */
export const CLAIMS_PREFIX: string = 'i:0#.f|membership|';

function guid(n: number, kind: number): string {
  const hex = (v: number, len: number): string => v.toString(16).padStart(len, '0');
  return `${hex(0x5a3e0000 + kind, 8)}-${hex(0x1000 + kind, 4)}-4${hex(n, 3)}-8${hex(n * 7, 3)}-${hex(0x500000000000 + n, 12)}`;
}

interface IRow { g: string; s: string; role: DemoRole; title: string; dept: string; office: string; lang: string; mgr?: string }

const rows: IRow[] = [
  { g: 'Olivia', s: 'Bennett', role: 'owner', title: 'Head of PMO', dept: 'Portfolio Management Office', office: 'London', lang: 'en-US' },
  { g: 'Anna', s: 'Schmidt', role: 'pmoOfficer', title: 'PMO Officer', dept: 'Portfolio Management Office', office: 'Berlin', lang: 'de-DE', mgr: 'olivia.bennett' },
  { g: 'Luc', s: 'Moreau', role: 'pmoOfficer', title: 'PMO Analyst', dept: 'Portfolio Management Office', office: 'Brussels', lang: 'fr-FR', mgr: 'olivia.bennett' },
  { g: 'Sanne', s: 'de Vries', role: 'pmoOfficer', title: 'Portfolio Controller', dept: 'Portfolio Management Office', office: 'Utrecht', lang: 'nl-NL', mgr: 'olivia.bennett' },
  { g: 'Marco', s: 'Rossi', role: 'projectManager', title: 'Senior Project Manager', dept: 'IT Infrastructure', office: 'Milan', lang: 'it-IT', mgr: 'giulia.ferrari' },
  { g: 'Jonas', s: 'Weber', role: 'projectManager', title: 'Project Manager', dept: 'Digital Services', office: 'Munich', lang: 'de-DE', mgr: 'klaus.fischer' },
  { g: 'Camille', s: 'Dubois', role: 'projectManager', title: 'Project Manager', dept: 'Finance', office: 'Paris', lang: 'fr-FR', mgr: 'isabelle.laurent' },
  { g: 'Daan', s: 'Jansen', role: 'projectManager', title: 'Project Manager', dept: 'Human Resources', office: 'Amsterdam', lang: 'nl-NL', mgr: 'pieter.bakker' },
  { g: 'Emma', s: 'Clarke', role: 'projectManager', title: 'Programme Manager', dept: 'Digital Services', office: 'Manchester', lang: 'en-US', mgr: 'klaus.fischer' },
  { g: 'Sofia', s: 'Romano', role: 'projectManager', title: 'Project Manager', dept: 'Public Services', office: 'Rome', lang: 'it-IT', mgr: 'giulia.ferrari' },
  { g: 'Klaus', s: 'Fischer', role: 'boardMember', title: 'Chief Information Officer', dept: 'Executive Board', office: 'Frankfurt', lang: 'de-DE' },
  { g: 'Isabelle', s: 'Laurent', role: 'boardMember', title: 'Chief Financial Officer', dept: 'Executive Board', office: 'Lyon', lang: 'fr-FR' },
  { g: 'Pieter', s: 'Bakker', role: 'boardMember', title: 'Director of Operations', dept: 'Executive Board', office: 'Rotterdam', lang: 'nl-NL' },
  { g: 'Giulia', s: 'Ferrari', role: 'boardMember', title: 'Director of Public Services', dept: 'Executive Board', office: 'Turin', lang: 'it-IT' },
  { g: 'James', s: 'Walker', role: 'requester', title: 'Head of Customer Service', dept: 'Customer Service', office: 'Leeds', lang: 'en-US', mgr: 'pieter.bakker' },
  { g: 'Lena', s: 'Hoffmann', role: 'requester', title: 'HR Business Partner', dept: 'Human Resources', office: 'Hamburg', lang: 'de-DE', mgr: 'pieter.bakker' },
  { g: 'Hugo', s: 'Lefèvre', role: 'requester', title: 'Procurement Lead', dept: 'Procurement', office: 'Marseille', lang: 'fr-FR', mgr: 'isabelle.laurent' },
  { g: 'Femke', s: 'Visser', role: 'requester', title: 'Team Lead Facilities', dept: 'Facilities', office: 'The Hague', lang: 'nl-NL', mgr: 'pieter.bakker' },
  { g: 'Luca', s: 'Bianchi', role: 'requester', title: 'Data Protection Officer', dept: 'Legal & Compliance', office: 'Bologna', lang: 'it-IT', mgr: 'giulia.ferrari' },
  { g: 'Thomas', s: 'Wright', role: 'reader', title: 'IT Manager', dept: 'IT Infrastructure', office: 'London', lang: 'en-US', mgr: 'klaus.fischer' },
  { g: 'Chiara', s: 'Esposito', role: 'trainee', title: 'Trainee Project Coordinator', dept: 'Portfolio Management Office', office: 'Naples', lang: 'it-IT', mgr: 'olivia.bennett' }
];

function alias(r: IRow): string {
  return `${r.g}.${r.s}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z.]/g, '');
}

/** Every demo user, the site owner first. */
export const demoUsers: ReadonlyArray<IDemoUser> = rows.map((r, i) => {
  const upn = `${alias(r)}@${DEMO_DOMAIN}`;
  return {
    id: guid(i + 1, 1),
    userPrincipalName: upn,
    mail: upn,
    displayName: `${r.g} ${r.s}`,
    givenName: r.g,
    surname: r.s,
    jobTitle: r.title,
    department: r.dept,
    officeLocation: r.office,
    preferredLanguage: r.lang,
    role: r.role,
    managerUpn: r.mgr ? `${r.mgr}@${DEMO_DOMAIN}` : undefined
  };
});

function upnsOf(...roles: DemoRole[]): string[] {
  return demoUsers.filter(u => roles.indexOf(u.role) >= 0).map(u => u.userPrincipalName);
}

const owner: string = demoUsers[0].userPrincipalName;
const upn = (a: string): string => `${a}@${DEMO_DOMAIN}`;

/** Entra groups; the ones with `isTeam` are teams in Teams. */
export const demoGroups: ReadonlyArray<IDemoGroup> = [
  { id: guid(1, 2), displayName: 'PMO Team', description: 'Portfolio Management Office', mailNickname: 'pmo', isTeam: true, members: upnsOf('owner', 'pmoOfficer'), owners: [owner] },
  { id: guid(2, 2), displayName: 'Strategy Board', description: 'The board that scores requests and decides at gates', mailNickname: 'strategyboard', isTeam: false, members: upnsOf('boardMember'), owners: [owner] },
  { id: guid(3, 2), displayName: 'Project Managers', description: 'All project managers of the organisation', mailNickname: 'projectmanagers', isTeam: false, members: upnsOf('projectManager'), owners: [owner] },
  { id: guid(4, 2), displayName: 'Digital Transformation Programme', description: 'Team of the Digital Transformation programme', mailNickname: 'digitaltransformation', isTeam: true, members: [upn('emma.clarke'), upn('jonas.weber'), upn('klaus.fischer'), upn('thomas.wright')], owners: [upn('emma.clarke')] },
  { id: guid(5, 2), displayName: 'Public Services Modernisation', description: 'Team of the Public Services Modernisation programme', mailNickname: 'publicservices', isTeam: true, members: [upn('sofia.romano'), upn('marco.rossi'), upn('giulia.ferrari'), upn('luca.bianchi')], owners: [upn('sofia.romano')] },
  { id: guid(6, 2), displayName: 'Finance Department', description: 'Team of the Finance department', mailNickname: 'finance', isTeam: true, members: [upn('camille.dubois'), upn('isabelle.laurent'), upn('hugo.lefevre')], owners: [upn('isabelle.laurent')] }
];

/** The site owner: the user a request without a user header runs as. */
export const siteOwner: IDemoUser = demoUsers[0];

/** Finds a demo user by UPN, e-mail, claims login name or id (case-insensitive). */
export function findDemoUser(key: string): IDemoUser | undefined {
  const k = key.toLowerCase().replace(CLAIMS_PREFIX, '');
  return demoUsers.find(u => u.userPrincipalName === k || u.id === k);
}

/** The first demo user of a role (the user switcher's default for that role). */
export function firstUserOf(role: DemoRole): IDemoUser {
  const u = demoUsers.find(x => x.role === role);
  if (!u) throw new Error(`No demo user has the role ${role}`);
  return u;
}

/** SharePoint's claims login name for a demo user. */
export function claimsLogin(u: IDemoUser): string {
  return CLAIMS_PREFIX + u.userPrincipalName;
}
