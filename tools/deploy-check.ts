/**
 * Checks CLI for Microsoft 365 commands against the CLI's own command definitions, without logging
 * in and without network: the installed @pnp/cli-microsoft365's command list (allCommandsFull.json:
 * names, aliases, options, required flags, allowed values) and each command's module in dist/m365
 * (its zod schema or its validators: URLs, GUIDs, files that must exist, option sets).
 *
 * The CLI is an ES module, so this runs under tsx in its own process:
 * `echo '[["spo","app","list","--output","json"]]' | npx tsx tools/deploy-check.ts` prints, for each
 * command, the problems found (an empty list when the CLI would accept it). tools/deploy.test.ts uses it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The installed CLI package. */
export const CLI_DIR: string = path.resolve(__dirname, '..', 'node_modules', '@pnp', 'cli-microsoft365');

/** One command as allCommandsFull.json describes it. */
interface ICommandDefinition {
  name: string;
  aliases?: string[];
  file: string;
  help?: string;
  options: Array<{ name: string; long?: string; short?: string; required: boolean; autocomplete?: string[] }>;
}

/** The parts of a CLI command object (dist/m365/…/*.js default export) used here. */
interface ICliCommand {
  schema?: unknown;
  optionSets?: Array<{ options: string[]; runsWhen?: (args: { options: Record<string, unknown> }) => boolean }>;
  getSchemaToParse(): { safeParseAsync(o: unknown): Promise<{ success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }> };
  validate(args: { options: Record<string, unknown> }, info: unknown): Promise<string | boolean>;
}

/** The parts of the CLI's `cli` object used here (dist/cli/cli.js). */
interface ICli {
  getCommandInfo(command: ICliCommand, file: string, help: string): { options: Array<ICommandDefinition['options'][number] & { type?: string }> };
  yargsConfiguration: Record<string, unknown>;
}

type YargsParser = (args: string[], options: Record<string, unknown>) => Record<string, unknown>;

/**
 * Parses the options as the CLI does (cli.js getCommandOptionsFromArgs, which it does not export):
 * yargs-parser with the CLI's configuration, the command's option types and short aliases.
 */
async function parseOptions(cli: ICli, command: ICliCommand & { types?: { string: string[]; boolean: string[] } }, info: ReturnType<ICli['getCommandInfo']>, args: string[]): Promise<Record<string, unknown>> {
  // The yargs-parser the CLI itself resolves (its own dependency).
  const yargsFile = createRequire(path.join(CLI_DIR, 'package.json')).resolve('yargs-parser');
  const yargsModule = (await import(pathToFileURL(yargsFile).href)) as { default: YargsParser };
  const options: Record<string, unknown> = { alias: {}, configuration: cli.yargsConfiguration };
  if (command.schema) {
    options.string = info.options.filter(o => o.type === 'string').map(o => o.name);
    options.boolean = info.options.filter(o => o.type === 'boolean').map(o => o.name);
    options.number = info.options.filter(o => o.type === 'number').map(o => o.name);
  } else if (command.types) {
    options.string = command.types.string;
    options.boolean = command.types.boolean.filter(name => args.some(a => a === `--${name}` || a === `-${name}`));
  }
  for (const o of info.options) if (o.short && o.long) (options.alias as Record<string, string>)[o.long] = o.short;
  const parsed = { ...yargsModule.default(args, options) };
  delete parsed._;
  delete parsed['--'];
  return parsed;
}

function definitions(): ICommandDefinition[] {
  return JSON.parse(readFileSync(path.join(CLI_DIR, 'allCommandsFull.json'), 'utf8')) as ICommandDefinition[];
}

/** The command named by the leading words of `args` (name or alias), and the words it used. */
function findCommand(all: ICommandDefinition[], words: string[]): ICommandDefinition | undefined {
  const name = words.join(' ');
  return all.find(c => c.name === name || (c.aliases ?? []).indexOf(name) >= 0);
}

/** Problems of the options as written: unknown, missing required, value outside the allowed list. */
function optionProblems(def: ICommandDefinition, options: string[]): string[] {
  const problems: string[] = [];
  const used = new Map<string, string | undefined>();
  for (let i = 0; i < options.length; i++) {
    const a = options[i];
    if (a.indexOf('-') !== 0) {
      problems.push(`value "${a}" follows no option`);
      continue;
    }
    const key = a.replace(/^--?/, '');
    const value = options[i + 1] !== undefined && options[i + 1].indexOf('-') !== 0 ? options[++i] : undefined;
    const opt = def.options.find(o => o.long === key || o.short === key || o.name === key);
    if (!opt) problems.push(`option --${key} is not defined for "${def.name}" (defined: ${def.options.map(o => `--${o.long ?? o.name}`).join(', ')})`);
    else used.set(opt.name, value);
  }
  for (const o of def.options) if (o.required && !used.has(o.name)) problems.push(`required option --${o.long ?? o.name} is missing`);
  for (const o of def.options) {
    const v = used.get(o.name);
    if (o.autocomplete && v !== undefined && o.autocomplete.indexOf(v) < 0) problems.push(`--${o.long ?? o.name} "${v}" is not one of ${o.autocomplete.join(', ')}`);
  }
  return problems;
}

/** The command's own validation (zod schema or validators) on the options as the CLI parses them. */
async function ownValidation(def: ICommandDefinition, options: string[]): Promise<string[]> {
  const cliModule = (await import(pathToFileURL(path.join(CLI_DIR, 'dist', 'cli', 'cli.js')).href)) as { cli: ICli };
  const mod = (await import(pathToFileURL(path.join(CLI_DIR, 'dist', 'm365', def.file)).href)) as { default: ICliCommand };
  const command = mod.default;
  const info = cliModule.cli.getCommandInfo(command, def.file, def.help ?? '');
  const parsed = await parseOptions(cliModule.cli, command, info, options);
  if (command.schema) {
    const result = await command.getSchemaToParse().safeParseAsync(parsed);
    return result.success ? [] : (result.error?.issues ?? []).map(i => `${i.path.map(String).join('.') || 'options'}: ${i.message}`);
  }
  // Option sets first: the CLI would prompt for a missing one instead of failing.
  for (const set of command.optionSets ?? []) {
    if (set.runsWhen && !set.runsWhen({ options: parsed })) continue;
    const given = set.options.filter(o => parsed[o] !== undefined);
    if (given.length !== 1) return [`specify exactly one of ${set.options.join(', ')}`];
  }
  const result = await command.validate({ options: parsed }, info);
  return result === true ? [] : [String(result).trim()];
}

/**
 * The problems the CLI would find with `args` (the words after `m365`): an unknown command, an
 * option not defined for it, a missing required option, a value outside its allowed list, or a
 * value its own validation refuses (URL, GUID, missing file, option set). Empty when accepted.
 */
export async function checkCommand(args: readonly string[]): Promise<string[]> {
  const firstOption = args.findIndex(a => a.indexOf('-') === 0);
  const words = firstOption < 0 ? [...args] : args.slice(0, firstOption);
  const options = firstOption < 0 ? [] : args.slice(firstOption);
  const def = findCommand(definitions(), words);
  if (!def) return [`"${words.join(' ')}" is not a command of the CLI for Microsoft 365`];
  const problems = optionProblems(def, options);
  if (problems.length > 0) return problems;
  return ownValidation(def, options);
}

async function main(): Promise<void> {
  const input = readFileSync(0, 'utf8');
  const commands = JSON.parse(input) as string[][];
  const results: Array<{ command: string[]; problems: string[] }> = [];
  for (const command of commands) results.push({ command, problems: await checkCommand(command) });
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : String(e));
    process.exit(1);
  });
}
