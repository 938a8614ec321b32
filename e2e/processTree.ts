/** The processes below a process (Linux /proc), for tests that check nothing outlives a stop. */
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of every running process. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(name), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** The pids of all descendants of `pid` (children, their children, …). */
export function descendants(pid: number): number[] {
  const all = parents();
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift() as number;
    for (const [child, parent] of all) if (parent === p) { found.push(child); queue.push(child); }
  }
  return found;
}

/** Whether a process is running (a zombie counts as gone). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The command line of a process, for messages. */
export function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '(ended)';
  }
}
