/**
 * The generated field XML (createFieldAsXml, the same <Field> elements as sharepoint/assets) and
 * PnPjs' typed adds produce the same columns in the emulator, compared as the REST API reports
 * them. Run in German: titles come from the site's locale, URLs and internal names stay English.
 */
import { loadLocale } from '../../tools/jest/locale';
import { pmoSchema } from '../schema/pmoSchema';
import { provisionSite, snapshotSite, type ISiteSnapshot } from './index';
import { blankSite, differences } from './test-utils/site';

jest.setTimeout(60000);

const de = loadLocale('de-de');
const schema = pmoSchema;

async function provisioned(fieldMode: 'xml' | 'typed'): Promise<{ snapshot: ISiteSnapshot; diff: string[]; again: number }> {
  const site = await blankSite();
  try {
    await provisionSite(site.sp, schema, { locale: 'de-de', strings: de, fieldMode });
    const again = (await provisionSite(site.sp, schema, { locale: 'de-de', strings: de, fieldMode })).changes;
    return { snapshot: await snapshotSite(site.sp), diff: await differences(site.sp, schema, de), again };
  } finally {
    await site.stop();
  }
}

describe('field XML and typed adds', () => {
  let xml: Awaited<ReturnType<typeof provisioned>>;
  let typed: Awaited<ReturnType<typeof provisioned>>;

  beforeAll(async () => {
    [xml, typed] = await Promise.all([provisioned('xml'), provisioned('typed')]);
  });

  it('the XML path matches the schema in German and is idempotent', () => {
    expect(xml.diff).toEqual([]);
    expect(xml.again).toBe(0);
    expect(xml.snapshot.lists['Lists/Projects'].title).toBe('Projekte');
    expect(xml.snapshot.lists['Lists/Risks'].fields.Probability.Title).toBe('Wahrscheinlichkeit');
    expect(xml.snapshot.lists['Lists/ProjectRequests'].views.filter(v => v.url === 'Lists/ProjectRequests/MyRequests.aspx')[0].title).toBe('Meine Anträge');
    expect(Object.keys(xml.snapshot.groups)).toEqual(expect.arrayContaining(['PMO-Besitzer', 'PMO-Mitarbeitende', 'Projektleitende', 'Strategieausschuss', 'PMO-Mitglieder', 'PMO-Besucher']));
  });

  it('the typed path is idempotent too', () => {
    expect(typed.again).toBe(0);
  });

  it.each(pmoSchema.lists.map(l => [l.url] as const))('%s: both paths give the same column records (REST), list settings, views and permissions', url => {
    expect(typed.snapshot.lists[url]).toEqual(xml.snapshot.lists[url]);
  });

  it('both paths give the same groups, permission levels and site permissions', () => {
    expect(typed.snapshot.groups).toEqual(xml.snapshot.groups);
    expect(typed.snapshot.roleDefinitions).toEqual(xml.snapshot.roleDefinitions);
    expect(typed.snapshot.webRoleAssignments).toEqual(xml.snapshot.webRoleAssignments);
  });
});
