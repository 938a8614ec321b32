/**
 * One PMO Setup run as its own process, for `reliability.provisioning`: the PMO Setup web part's
 * service (SetupService.run, i.e. provisionSite against src/schema) as the site owner, through
 * PnPjs over HTTP, as the web part runs it in a browser.
 *
 *   node --import tsx bench/reliability/provisioningRun.ts --url <siteUrl> --graph <graphUrl>
 *        [--kill-at <n> --kill-pid <workbench pid> --kill-mode answered|inflight]
 *
 * Every request it sends is counted. With `--kill-at n` it kills the workbench (SIGKILL of
 * `--kill-pid`) and then itself at the n-th request: `answered` once the workbench has answered it
 * (the answer never reaches the run), `inflight` while the request is with the workbench. Without it
 * the run goes to the end and prints one JSON line `{"done":true,"changes":…,"requests":…}`; a failed
 * run prints `{"error":"…"}` and exits with 1.
 */
import { localEnvironment } from '../../src/services/environment';
import { SetupService } from '../../src/services/SetupService';
import { siteOwner } from '../../workbench/directory';
import { loadLocale } from '../../workbench/locales';

/** How the run is killed: after the workbench answered the request, or while it holds it. */
export type KillMode = 'answered' | 'inflight';

interface IRunArgs {
  url: string;
  graph: string;
  killAt: number;
  killPid: number;
  killMode: KillMode;
}

function parse(argv: string[]): IRunArgs {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const url = get('url');
  const graph = get('graph');
  if (!url || !graph) throw new Error('--url and --graph are required');
  const mode = get('kill-mode') ?? 'answered';
  if (mode !== 'answered' && mode !== 'inflight') throw new Error('--kill-mode must be answered or inflight');
  return { url, graph, killAt: Number(get('kill-at') ?? 0), killPid: Number(get('kill-pid') ?? 0), killMode: mode };
}

/** SIGKILL of the workbench, then of this process: nothing after this line runs. */
function killBoth(workbenchPid: number): void {
  try {
    process.kill(workbenchPid, 'SIGKILL');
  } catch {
    // already gone
  }
  process.kill(process.pid, 'SIGKILL');
}

/** Counts the requests of this process and kills at the chosen one (PnPjs sends through the global fetch). */
function countRequests(args: IRunArgs): () => number {
  const send = globalThis.fetch.bind(globalThis);
  let count = 0;
  globalThis.fetch = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]): Promise<Response> => {
    count++;
    if (args.killAt > 0 && count === args.killAt) {
      if (args.killMode === 'inflight') {
        void send(input, init).catch(() => undefined);
        // The request is written to the socket on the next turns of the event loop; the workbench gets it.
        await new Promise(resolve => setTimeout(resolve, 5));
        killBoth(args.killPid);
      }
      const answer = await send(input, init);
      await answer.arrayBuffer().catch(() => undefined);
      killBoth(args.killPid);
    }
    return send(input, init);
  };
  return () => count;
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const requests = countRequests(args);
  const env = localEnvironment({ siteUrl: args.url, graphUrl: args.graph, user: siteOwner.userPrincipalName, locale: 'en-us' });
  const setup = new SetupService(env.sp, 'en-us', loadLocale('en-us'));
  const result = await setup.run(() => undefined);
  process.stdout.write(`${JSON.stringify({ done: true, changes: result.changes, requests: requests() })}\n`);
}

main().catch((e: unknown) => {
  process.stdout.write(`${JSON.stringify({ error: e instanceof Error ? e.message : String(e) })}\n`);
  process.exit(1);
});
