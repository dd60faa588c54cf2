import {parseArgs} from 'node:util';
import type {CliMessages} from '../i18n/cli-messages.js';
import {exportFormats, type ExportFormat} from '../export/export-format.js';
import {queryProblemOf} from '../search/query-problem.js';

/**
 * Turns argv into what to do, or a usage error (exit code 2). Pure: nothing is read or
 * printed here. Node's own parseArgs tokenises (importing meow cost most of a printing
 * command's start-up budget); the command table below says which flags each command takes.
 */

export {exportFormats, type ExportFormat} from '../export/export-format.js';

export const searchSorts = ['relevance', 'date'] as const;
export type SearchSort = typeof searchSorts[number];

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
	/** `search`: issues dated on or after / on or before, `YYYY-MM-DD`. */
	since?: string;
	until?: string;
	sort?: SearchSort;
	dryRun: boolean;
	stop: boolean;
};

type FlagName = 'archive' | 'json' | 'format' | 'width' | 'full' | 'hyphenate' | 'out' | 'unread' | 'limit' | 'since' | 'until' | 'sort' | 'dry-run' | 'stop' | 'help' | 'version';

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
export const widthRange = {min: 10, max: 1000};

const globalFlags: readonly FlagName[] = ['archive', 'help', 'version'];
const printFlags: readonly FlagName[] = ['width', 'full', 'hyphenate'];

export const commandSpecs = {
	library: {minArguments: 0, maxArguments: 0, flags: []},
	list: {minArguments: 0, maxArguments: 0, flags: ['json']},
	latest: {minArguments: 0, maxArguments: 0, flags: printFlags},
	read: {minArguments: 1, maxArguments: 1, argumentName: '<issue>', flags: printFlags},
	export: {minArguments: 1, maxArguments: 1, argumentName: '<issue|latest|all>', flags: ['format', 'width', 'full', 'hyphenate', 'out']},
	mark: {minArguments: 1, maxArguments: 1, argumentName: '<issue>', flags: ['unread']},
	bookmarks: {minArguments: 0, maxArguments: 0, flags: ['json']},
	import: {minArguments: 1, maxArguments: Number.POSITIVE_INFINITY, argumentName: '<path…>', flags: ['dry-run', 'json']},
	// The words of an unquoted query arrive as several arguments: `search чип nvidia`.
	search: {minArguments: 1, maxArguments: Number.POSITIVE_INFINITY, argumentName: '<query>', flags: ['json', 'limit', 'since', 'until', 'sort']},
	watch: {minArguments: 0, maxArguments: 0, flags: ['stop']},
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commandSpecs;

export type Invocation =
	| {kind: 'help'}
	| {kind: 'version'}
	| {kind: 'command'; command: CommandName; args: string[]; flags: Flags}
	| {kind: 'usage-error'; message: string};

const flagTypes: Record<FlagName, 'string' | 'boolean'> = {
	archive: 'string',
	json: 'boolean',
	format: 'string',
	width: 'string',
	full: 'boolean',
	hyphenate: 'boolean',
	out: 'string',
	unread: 'boolean',
	limit: 'string',
	since: 'string',
	until: 'string',
	sort: 'string',
	'dry-run': 'boolean',
	stop: 'boolean',
	help: 'boolean',
	version: 'boolean',
};

const parseOptions = {
	...Object.fromEntries(Object.entries(flagTypes).map(([name, type]) => [name, {type}])),
	help: {type: 'boolean', short: 'h'},
} as const;

type Token =
	| {kind: 'positional'; value: string; index: number}
	| {kind: 'option'; name: string; rawName: string; index: number; value?: string; inlineValue?: boolean}
	| {kind: 'option-terminator'};

function isFlagName(name: string): name is FlagName {
	return Object.hasOwn(flagTypes, name);
}

function isCommandName(value: string): value is CommandName {
	return Object.hasOwn(commandSpecs, value) && value !== 'library';
}

export function parseArguments(argv: readonly string[], messages: CliMessages): Invocation {
	const usage = (message: string): Invocation => ({kind: 'usage-error', message});
	// Not strict: unknown flags and missing values come back as tokens, so the messages are ours.
	const {tokens} = parseArgs({args: [...argv], options: parseOptions, allowPositionals: true, strict: false, tokens: true});
	const positionalTokens: Array<{index: number; value: string}> = [];
	const values = new Map<FlagName, string | true>();
	// `search банк -ипотека`: a word after one dash excludes it from a search; parseArgs reads it
	// as a run of one-letter flags. Kept whole, it is a query word if the command is search.
	let dashWord: string | undefined;
	for (const token of tokens as Token[]) {
		if (token.kind === 'positional') {
			positionalTokens.push(token);
			continue;
		}

		if (token.kind !== 'option') {
			continue;
		}

		const raw = argv[token.index] ?? '';
		if (!isFlagName(token.name) && /^-[^-\s]{2,}$/u.test(raw)) {
			if (!positionalTokens.some(positional => positional.index === token.index)) {
				positionalTokens.push({index: token.index, value: raw});
				dashWord ??= raw;
			}

			continue;
		}

		if (!isFlagName(token.name)) {
			return usage(messages.unknownFlag(token.rawName));
		}

		const type = flagTypes[token.name];
		if (type === 'boolean' && token.value !== undefined) {
			return usage(messages.flagTakesNoValue(token.rawName));
		}

		// `--width --full`: parseArgs takes the next flag for the value; it is a missing value.
		if (type === 'string' && (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-')))) {
			return usage(messages.flagNeedsValue(token.rawName));
		}

		values.set(token.name, token.value ?? true);
	}

	if (values.has('help')) {
		return {kind: 'help'};
	}

	if (values.has('version')) {
		return {kind: 'version'};
	}

	const positionals = positionalTokens.sort((a, b) => a.index - b.index).map(token => token.value);
	if (dashWord !== undefined && (positionals[0] !== 'search' || positionals[0] === dashWord)) {
		return usage(messages.unknownFlag(dashWord));
	}

	const [first, ...rest] = positionals;
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
	for (const flag of values.keys()) {
		if (!globalFlags.includes(flag) && !spec.flags.includes(flag)) {
			return usage(messages.flagNotForCommand(`--${flag}`, command === 'library' ? 'bell-reader' : command));
		}
	}

	if (args.length < spec.minArguments) {
		return usage(messages.missingArgument(command, spec.argumentName ?? ''));
	}

	if (args.length > spec.maxArguments) {
		return usage(messages.unexpectedArgument(args[spec.maxArguments]!));
	}

	const text = (name: FlagName) => {
		const value = values.get(name);
		return typeof value === 'string' ? value : undefined;
	};

	const format = text('format') ?? 'text';
	if (!(exportFormats as readonly string[]).includes(format)) {
		return usage(messages.badChoice('--format', format, exportFormats));
	}

	const flags: Flags = {
		json: values.has('json'),
		format: format as ExportFormat,
		full: values.has('full'),
		hyphenate: values.has('hyphenate'),
		unread: values.has('unread'),
		dryRun: values.has('dry-run'),
		stop: values.has('stop'),
	};

	const width = text('width');
	if (width !== undefined) {
		flags.width = wholeNumberIn(width, widthRange.min, widthRange.max);
		if (flags.width === undefined) {
			return usage(messages.badWidth(width, widthRange.min, widthRange.max));
		}
	}

	const limit = text('limit');
	if (limit !== undefined) {
		flags.limit = wholeNumberIn(limit, 1, maxLimit);
		if (flags.limit === undefined) {
			return usage(messages.badLimit(limit, maxLimit));
		}
	}

	for (const name of ['since', 'until'] as const) {
		const value = text(name);
		if (value !== undefined) {
			if (!isCalendarDate(value)) {
				return usage(messages.badDate(`--${name}`, value));
			}

			flags[name] = value;
		}
	}

	const sort = text('sort');
	if (sort !== undefined) {
		if (!(searchSorts as readonly string[]).includes(sort)) {
			return usage(messages.badChoice('--sort', sort, searchSorts));
		}

		flags.sort = sort as SearchSort;
	}

	if (command === 'search') {
		const problem = queryProblemOf(args.join(' '));
		if (problem !== undefined) {
			return usage(messages.badQuery(args.join(' '), problem));
		}
	}

	if (flags.hyphenate && flags.width === undefined) {
		return usage(messages.hyphenateNeedsWidth);
	}

	const archive = text('archive');
	if (archive !== undefined) {
		flags.archive = archive;
	}

	const out = text('out');
	if (out !== undefined) {
		flags.out = out;
	}

	return {kind: 'command', command, args, flags};
}

/** Whether a value is a real day written `YYYY-MM-DD` (no 2026-02-30). */
function isCalendarDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
		return false;
	}

	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The flag's value as a whole number within [min, max], or undefined. */
function wholeNumberIn(value: string, min: number, max: number): number | undefined {
	return /^\d+$/u.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : undefined;
}
