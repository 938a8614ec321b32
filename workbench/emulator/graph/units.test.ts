/**
 * The building blocks of the Graph emulator on their own: the OData filter/search parser, the PNG
 * encoder and photo, time zone conversion, identity resolution and batch dependency rules.
 */
import { inflateSync } from 'node:zlib';
import { DatabaseSync } from 'node:sqlite';
import { demoUsers, findDemoUser, siteOwner } from '../../directory';
import { runBatch } from './batch';
import { initGraphStore, resolveCaller } from './index';
import { evaluateFilter, matchesSearch, parseFilter, parseSearch } from './odata';
import { encodePng, initialsOf, photoColour, userPhoto } from './photo';
import { GraphHttpError, type IGraphRequest } from './protocol';
import { localToUtc, formatInZone, parseLocalDateTime, resolveZone } from './timezones';

describe('$filter parser', () => {
  const row: Record<string, unknown> = { displayName: "Anna O'Neil", mail: 'anna@x.demo', n: 5, tags: ['Team', 'X'], start: { dateTime: '2026-11-23T08:00:00.0000000' } };
  const test = (src: string): boolean => evaluateFilter(parseFilter(src), p => (p.includes('/') ? (row.start as Record<string, unknown>).dateTime : row[p]));

  it('handles precedence (and binds tighter than or), parentheses and not', () => {
    expect(test("mail eq 'x' or mail eq 'anna@x.demo' and n eq 5")).toBe(true);
    expect(test("(mail eq 'x' or mail eq 'anna@x.demo') and n eq 4")).toBe(false);
    expect(test("not (n gt 5)")).toBe(true);
  });

  it("unescapes doubled single quotes and compares case-insensitively", () => {
    expect(test("displayName eq 'anna o''neil'")).toBe(true);
    expect(test("startswith(displayName,'ANNA O''')")).toBe(true);
  });

  it('supports in, any() lambdas and date comparisons', () => {
    expect(test("mail in ('b@x.demo', 'anna@x.demo')")).toBe(true);
    expect(test("tags/any(t:t eq 'team')")).toBe(true);
    expect(test("start/dateTime ge '2026-11-01T00:00:00' and start/dateTime lt '2026-12-01'")).toBe(true);
  });

  it('rejects malformed input with a 400', () => {
    for (const bad of ["mail eq", "mail 'x'", "startswith(mail)", "mail eq 'x' )"]) {
      expect(() => parseFilter(bad)).toThrow(GraphHttpError);
    }
  });
});

describe('$search parser', () => {
  it('matches word prefixes, ignoring case and accents', () => {
    const hugo = findDemoUser('hugo.lefevre@pmohub.demo')!;
    const s = parseSearch('"displayName:lefe"', ['displayName', 'mail'], 'microsoft.graph.user');
    expect(matchesSearch(s, p => (hugo as unknown as Record<string, unknown>)[p])).toBe(true);
    expect(demoUsers.filter(u => matchesSearch(parseSearch('"displayName:de vr"', ['displayName'], 'user'), p => (u as unknown as Record<string, unknown>)[p])).map(u => u.displayName))
      .toEqual(['Sanne de Vries']);
  });

  it('rejects a clause without property:value and an unsearchable property', () => {
    expect(() => parseSearch('anna', ['displayName'], 'user')).toThrow(/property:text/);
    expect(() => parseSearch('"city:rome"', ['displayName'], 'user')).toThrow(/not searchable/);
  });

  it('reads \\" and \\\\ inside a clause as a quote and a backslash, as Graph does, and still finds the clause ends', () => {
    expect(parseSearch('"displayName:an\\"na"', ['displayName'], 'user')).toEqual({ mode: 'and', terms: [{ property: 'displayName', term: 'an"na' }] });
    expect(parseSearch('"displayName:\\"anna\\" \\\\ x" OR "mail:a\\"b"', ['displayName', 'mail'], 'user')).toEqual({
      mode: 'or', terms: [{ property: 'displayName', term: '"anna" \\ x' }, { property: 'mail', term: 'a"b' }]
    });
    // a clause may end in an escaped backslash
    expect(parseSearch('"displayName:x\\\\" AND "mail:y"', ['displayName', 'mail'], 'user').terms.map(t => t.term)).toEqual(['x\\', 'y']);
    const anna = findDemoUser('anna.schmidt@pmohub.demo')!;
    expect(matchesSearch(parseSearch('"displayName:\\"anna\\""', ['displayName'], 'user'), p => (anna as unknown as Record<string, unknown>)[p])).toBe(true);
  });

  it('still rejects unterminated or malformed clauses', () => {
    for (const bad of ['"displayName:an\\"na', '"displayName:anna" OR', '"displayName:anna" "mail:x"', '"displayName:anna" XOR "mail:x"', '":anna"', '""', '']) {
      expect(() => parseSearch(bad, ['displayName', 'mail'], 'user')).toThrow(/Invalid \$search clause/);
    }
  });
});

describe('photo', () => {
  /** Decodes the pixels of an 8-bit RGB PNG written by encodePng (filter 0 on every row). */
  function pixels(png: Buffer): { width: number; rgb: (x: number, y: number) => number[] } {
    const width = png.readUInt32BE(16);
    const chunks: Buffer[] = [];
    let o = 8;
    while (o < png.length) {
      const len = png.readUInt32BE(o);
      if (png.toString('ascii', o + 4, o + 8) === 'IDAT') chunks.push(png.subarray(o + 8, o + 8 + len));
      o += 12 + len;
    }
    const raw = inflateSync(Buffer.concat(chunks));
    return { width, rgb: (x, y) => [...raw.subarray(y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 4 + x * 3)] };
  }

  it('encodes a valid PNG whose pixels decode back', () => {
    const px = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]);
    const png = encodePng(2, 2, px);
    const img = pixels(png);
    expect(img.rgb(0, 0)).toEqual([255, 0, 0]);
    expect(img.rgb(1, 1)).toEqual([10, 20, 30]);
    expect(png.toString('ascii', png.length - 8, png.length - 4)).toBe('IEND');
  });

  it("draws the user's colour and white initials", () => {
    const img = pixels(userPhoto(siteOwner));
    expect(img.width).toBe(120);
    expect(img.rgb(0, 0)).toEqual(photoColour(siteOwner.id));
    let white = 0;
    for (let y = 0; y < 120; y++) for (let x = 0; x < 120; x++) if (img.rgb(x, y).every(c => c === 255)) white++;
    expect(white).toBeGreaterThan(500);
    expect(initialsOf(siteOwner)).toBe('OB');
    expect(initialsOf(findDemoUser('sanne.devries@pmohub.demo')!)).toBe('SV');
    expect(new Set(demoUsers.map(u => photoColour(u.id).join())).size).toBeGreaterThan(15);
  });
});

describe('time zones', () => {
  it('converts Windows zone names across daylight saving time', () => {
    const berlin = resolveZone('W. Europe Standard Time')!;
    expect(new Date(localToUtc(parseLocalDateTime('2026-07-01T09:00:00')!, berlin)).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(new Date(localToUtc(parseLocalDateTime('2026-12-01T09:00:00')!, berlin)).toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(formatInZone(Date.UTC(2026, 10, 23, 8), resolveZone('GMT Standard Time')!)).toBe('2026-11-23T08:00:00.0000000');
    expect(resolveZone('Europe/Rome')).toBe('Europe/Rome');
    expect(resolveZone('Mars Standard Time')).toBeUndefined();
  });
});

describe('identity', () => {
  it('reads the wb-user token, then X-Workbench-User, else the site owner', () => {
    expect(resolveCaller({ authorization: 'Bearer wb-user:anna.schmidt@pmohub.demo' }).displayName).toBe('Anna Schmidt');
    expect(resolveCaller({ authorization: 'Bearer wb-user:', 'x-workbench-user': 'luc.moreau@pmohub.demo' }).displayName).toBe('Luc Moreau');
    expect(resolveCaller({}).id).toBe(siteOwner.id);
    expect(() => resolveCaller({ authorization: 'Bearer eyJ0.eyJ1.sig' })).toThrow(/Invalid audience/);
    expect(() => resolveCaller({ 'x-workbench-user': 'nobody' })).toThrow(GraphHttpError);
  });
});

describe('JSON batch rules', () => {
  const db = new DatabaseSync(':memory:');
  initGraphStore(db);
  const batch = (requests: unknown[]): IGraphRequest => ({
    method: 'POST', path: '/$batch', query: new URLSearchParams(), headers: {}, body: Buffer.from(JSON.stringify({ requests })),
    caller: siteOwner, db, serviceRoot: 'http://x/graph/v1.0', origin: 'http://x'
  });

  it('refuses mixed dependency shapes and unknown dependencies', () => {
    const mixed = [
      { id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'GET', url: '/me' },
      { id: '3', method: 'GET', url: '/me', dependsOn: ['1'] }, { id: '4', method: 'GET', url: '/me', dependsOn: ['2', '3'] }
    ];
    expect(() => runBatch(batch(mixed))).toThrow('Batch should be either fully sequential or fully parallel.');
    expect(() => runBatch(batch([{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }]))).toThrow(/not in the batch/);
  });

  it('returns binary bodies base64-encoded, like Graph', () => {
    const res = runBatch(batch([{ id: 'p', method: 'GET', url: '/me/photo/$value' }]));
    const [entry] = (res.body as { responses: Array<{ status: number; headers: Record<string, string>; body: string }> }).responses;
    expect(entry.status).toBe(200);
    expect(entry.headers['Content-Type']).toBe('image/png');
    expect(Buffer.from(entry.body, 'base64').equals(userPhoto(siteOwner))).toBe(true);
  });
});
