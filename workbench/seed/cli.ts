/**
 * `npm run seed -- --url <siteUrl> [--projects N] [--seed S] [--graph <graphUrl>] [--locale en-us]`
 * Seeds a provisioned local PMO site (the workbench emulator) with deterministic demo data, as the
 * site owner, with items authored by their demo users. Prints a progress line and the counts.
 */
import { localEnvironment } from '../../src/services/environment';
import { siteOwner } from '../directory';
import { DEFAULT_PROJECTS, seedSite } from './index';

export interface ISeedCliArgs {
  url: string;
  graphUrl: string;
  projects: number;
  seed?: number;
  locale: string;
}

export function parseSeedArgs(argv: string[]): ISeedCliArgs {
  let url: string | undefined;
  let graphUrl: string | undefined;
  let projects = DEFAULT_PROJECTS;
  let seed: number | undefined;
  let locale = 'en-us';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--url': url = value().replace(/\/$/, ''); break;
      case '--graph': graphUrl = value(); break;
      case '--projects': {
        projects = Number(value());
        if (!Number.isInteger(projects) || projects < 0 || projects > 100000) throw new Error('--projects must be a whole number from 0 to 100000');
        break;
      }
      case '--seed': seed = Number(value()); break;
      case '--locale': locale = value().toLowerCase(); break;
      default: throw new Error(`Unknown option ${a}`);
    }
  }
  if (!url) throw new Error('Usage: npm run seed -- --url <siteUrl> [--projects N] [--seed S] [--graph <graphUrl>] [--locale en-us]');
  return { url, graphUrl: graphUrl ?? `${new URL(url).origin}/graph/v1.0`, projects, seed, locale };
}

async function main(): Promise<void> {
  const args = parseSeedArgs(process.argv.slice(2));
  const env = localEnvironment({ siteUrl: args.url, graphUrl: args.graphUrl, user: siteOwner.userPrincipalName, locale: args.locale });
  const started = Date.now();
  let lastLine = 0;
  const result = await seedSite(env, {
    projects: args.projects,
    seed: args.seed,
    actAs: upn => localEnvironment({ siteUrl: args.url, graphUrl: args.graphUrl, user: upn, locale: args.locale }).sp,
    onProgress: e => {
      const now = Date.now();
      if (now - lastLine < 200 && e.done !== e.total) return;
      lastLine = now;
      process.stdout.write(`\rseed ${e.list.padEnd(20)} ${String(e.done).padStart(7)}/${String(e.total).padEnd(7)} ${Math.round((now - started) / 1000)} s   `);
    }
  });
  process.stdout.write('\n');
  console.log(result.message);
  for (const [list, n] of Object.entries(result.counts)) console.log(`  ${list.padEnd(22)} ${n}`);
  console.log(`  took ${Math.round((Date.now() - started) / 100) / 10} s`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
