/** The seed CLI's arguments. */
import { parseSeedArgs } from './cli';

describe('npm run seed arguments', () => {
  it('needs --url, defaults to 60 projects and the workbench Graph of the same origin', () => {
    expect(parseSeedArgs(['--url', 'http://localhost:4321/sites/pmo/'])).toEqual({
      url: 'http://localhost:4321/sites/pmo', graphUrl: 'http://localhost:4321/graph/v1.0', projects: 60, seed: undefined, locale: 'en-us'
    });
    expect(() => parseSeedArgs([])).toThrow(/--url/);
  });

  it('reads --projects, --seed, --graph and --locale, and refuses bad values', () => {
    expect(parseSeedArgs(['--url', 'http://h/sites/pmo', '--projects', '5000', '--seed', '7', '--graph', 'http://g/graph/v1.0', '--locale', 'DE-DE'])).toEqual({
      url: 'http://h/sites/pmo', graphUrl: 'http://g/graph/v1.0', projects: 5000, seed: 7, locale: 'de-de'
    });
    expect(() => parseSeedArgs(['--url', 'http://h/sites/pmo', '--projects', '-1'])).toThrow(/--projects/);
    expect(() => parseSeedArgs(['--url', 'http://h/sites/pmo', '--projects'])).toThrow(/needs a value/);
    expect(() => parseSeedArgs(['--url', 'http://h/sites/pmo', '--size', '3'])).toThrow(/Unknown option --size/);
  });
});
