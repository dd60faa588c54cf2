import meow from 'meow';
import type {CliMessages} from '../i18n/cli-messages.js';
import {queryProblemOf} from '../search/query-problem.js';

/**
 * Turns argv into what to do, or a usage error (exit code 2). Pure: nothing is read or
 * printed here. meow parses; the command table below says which flags each command takes.
 */

export const exportFormats = ['text', 'markdown', 'json'] as const;
export type ExportFormat = typeof exportFormats[number];

export type Flags = {
	archive?: string;
	json: boolean;
	format: ExportFormat;
	width?: number;
	full: boolean;
	hyphenate: boolean;
	out?: string;
	unread: boolean;
	limit?: number;
	dryRun: boolean;
};

type FlagName = 'archive' | 'json' | 'format' | 'width' | 'full' | 'hyphenate' | 'out' | 'unread' | 'limit' | 'dry-run' | 'help' | 'version';

type CommandSpec = {
	/** Positional arguments: how many at least and at most (Infinity for a list). */
	minArguments: number;
	maxArguments: number;
	/** What the positional argument is, for "export needs <issue>". */
	argumentName?: string;
	flags: readonly FlagName[];
};

/** The most results `--limit` may ask for. */
export const maxLimit = 1000;

const globalFlags: readonly FlagName[] = ['archive', 'help', 'version'];
const printFlags: readonly FlagName[] = ['width', 'full', 'hyphenate'];

export const commandSpecs = {
	library: {minArguments: 0, maxArguments: 0, flags: []},
	list: {minArguments: 0, maxArguments: 0, flags: ['json']},
	latest: {minArguments: 0, maxArguments: 0, flags: printFlags},
	read: {minArguments: 1, maxArguments: 1, argumentName: '<issue>', flags: printFlags},
	export: {minArguments: 1, maxArguments: 1, argumentName: '<issue|latest|all>', flags: ['format', 'width', 'full', 'hyphenate', 'out']},
	mark: {minArguments: 1, maxArguments: 1, argumentName: '<issue>', flags: ['unread']},
	// The words of an unquoted query arrive as several arguments: `search чип nvidia`.
	search: {minArguments: 1, maxArguments: Number.POSITIVE_INFINITY, argumentName: '<query>', flags: ['json', 'limit']},
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commandSpecs;

export type Invocation =
	| {kind: 'help'}
	| {kind: 'version'}
	| {kind: 'command'; command: CommandName; args: string[]; flags: Flags}
	| {kind: 'usage-error'; message: string};

const flagDefinitions = {
	archive: {type: 'string'},
	json: {type: 'boolean'},
	format: {type: 'string'},
	width: {type: 'string'},
	full: {type: 'boolean'},
	hyphenate: {type: 'boolean'},
	out: {type: 'string'},
	unread: {type: 'boolean'},
	limit: {type: 'string'},
	dryRun: {type: 'boolean'},
	help: {type: 'boolean', shortFlag: 'h'},
	version: {type: 'boolean'},
} as const;

const shortFlags: Record<string, FlagName> = {h: 'help'};

/** The flags as typed (`--width`, `-h`), named canonically; stops at `--`. */
function flagsUsed(argv: readonly string[]): Array<{typed: string; name: FlagName | undefined}> {
	const used: Array<{typed: string; name: FlagName | undefined}> = [];
	const known = new Set<string>(Object.keys(flagDefinitions).map(name => name.replace(/[A-Z]/gu, letter => `-${letter.toLowerCase()}`)));
	for (const token of argv) {
		if (token === '--') {
			break;
		}

		if (token.startsWith('--')) {
			const typed = token.split('=')[0]!;
			const bare = typed.slice(2).replace(/^no-/u, '');
			used.push({typed, name: known.has(bare) ? bare as FlagName : undefined});
		} else if (/^-[^-\d]/u.test(token)) {
			for (const letter of token.slice(1)) {
				used.push({typed: `-${letter}`, name: shortFlags[letter]});
			}
		}
	}

	return used;
}

function isCommandName(value: string): value is CommandName {
	return Object.hasOwn(commandSpecs, value) && value !== 'library';
}

export function parseArguments(argv: readonly string[], messages: CliMessages): Invocation {
	const usage = (message: string): Invocation => ({kind: 'usage-error', message});
	const cli = meow({
		importMeta: import.meta,
		argv: [...argv],
		// The help and version texts are ours; meow must not print or exit by itself.
		pkg: {name: 'bell-reader', version: '0.0.0'},
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: true,
		booleanDefault: false,
		flags: flagDefinitions,
	});

	const used = flagsUsed(argv);
	const unknown = used.find(flag => flag.name === undefined);
	if (unknown) {
		return usage(messages.unknownFlag(unknown.typed));
	}

	if (cli.flags.help) {
		return {kind: 'help'};
	}

	if (cli.flags.version) {
		return {kind: 'version'};
	}

	const [first, ...rest] = cli.input.map(String);
	let command: CommandName = 'library';
	let args: string[] = [];
	if (first !== undefined) {
		if (!isCommandName(first)) {
			return usage(messages.unknownCommand(first));
		}

		command = first;
		args = rest;
	}

	const spec: CommandSpec = commandSpecs[command];
	for (const flag of used) {
		if (!globalFlags.includes(flag.name!) && !spec.flags.includes(flag.name!)) {
			return usage(messages.flagNotForCommand(flag.typed, command === 'library' ? 'bell-reader' : command));
		}
	}

	if (args.length < spec.minArguments) {
		return usage(messages.missingArgument(command, spec.argumentName ?? ''));
	}

	if (args.length > spec.maxArguments) {
		return usage(messages.unexpectedArgument(args[spec.maxArguments]!));
	}

	for (const name of ['archive', 'out', 'format', 'width', 'limit'] as const) {
		if (cli.flags[name] === '') {
			return usage(messages.flagNeedsValue(`--${name}`));
		}
	}

	const format = cli.flags.format ?? 'text';
	if (!(exportFormats as readonly string[]).includes(format)) {
		return usage(messages.badChoice('--format', format, exportFormats));
	}

	const flags: Flags = {
		json: cli.flags.json ?? false,
		format: format as ExportFormat,
		full: cli.flags.full ?? false,
		hyphenate: cli.flags.hyphenate ?? false,
		unread: cli.flags.unread ?? false,
		dryRun: cli.flags.dryRun ?? false,
	};

	if (cli.flags.width !== undefined) {
		const width = Number(cli.flags.width);
		if (!/^\d+$/u.test(cli.flags.width) || width < 10 || width > 1000) {
			return usage(messages.badWidth(cli.flags.width));
		}

		flags.width = width;
	}

	if (cli.flags.limit !== undefined) {
		const limit = Number(cli.flags.limit);
		if (!/^\d+$/u.test(cli.flags.limit) || limit < 1 || limit > maxLimit) {
			return usage(messages.badLimit(cli.flags.limit, maxLimit));
		}

		flags.limit = limit;
	}

	if (command === 'search') {
		const problem = queryProblemOf(args.join(' '));
		if (problem !== undefined) {
			return usage(messages.badQuery(args.join(' '), problem));
		}
	}

	if (cli.flags.archive !== undefined) {
		flags.archive = cli.flags.archive;
	}

	if (cli.flags.out !== undefined) {
		flags.out = cli.flags.out;
	}

	return {kind: 'command', command, args, flags};
}
