import {parseArgs} from 'node:util';
import {closestWord} from '../archive/edit-distance.js';
import type {CliMessages} from '../i18n/cli-messages.js';
import {calendarDate} from '../archive/calendar-date.js';
import {exportFormats, type ExportFormat} from '../export/export-format.js';
import {queryProblemOf} from '../search/query-problem.js';

/**
 * Turns argv into what to do, or a usage error (exit code 2). Pure: nothing is read or
 * printed here. Node's own parseArgs tokenises (importing meow cost most of a printing
 * command's start-up budget); the command table below says which flags each command takes.
 */

export {exportFormats, type ExportFormat} from '../export/export-format.js';
/** Short names a person types as readily as the full ones. */
const formatAliases: Record<string, ExportFormat> = {md: 'markdown', txt: 'text'};

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
	stop: boolean;
	/** `search`: issues dated on or after / on or before, `YYYY-MM-DD`. */
	since?: string;
	until?: string;
	sort?: SearchSort;
	name?: string;
	fullText?: boolean;
	/** Seconds a whole request to a feed may take. */
	timeout?: number;
};

export const searchSorts = ['relevance', 'date'] as const;
export type SearchSort = typeof searchSorts[number];

export type FlagName = 'archive' | 'json' | 'format' | 'width' | 'full' | 'hyphenate' | 'out' | 'unread' | 'limit' | 'since' | 'until' | 'sort' | 'dry-run' | 'stop' | 'name' | 'full-text' | 'timeout' | 'help' | 'version';

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
/** A fetch that needs longer than an hour per request is better run again. */
export const maxTimeoutSeconds = 3600;

export const globalFlags: readonly FlagName[] = ['archive', 'help', 'version'];
const printFlags: readonly FlagName[] = ['width', 'full', 'hyphenate'];

export const commandSpecs = {
	library: {minArguments: 0, maxArguments: 0, flags: []},
	list: {minArguments: 0, maxArguments: 0, flags: ['json']},
	latest: {minArguments: 0, maxArguments: 0, flags: printFlags},
	read: {minArguments: 1, maxArguments: 1, argumentName: '<issue>', flags: printFlags},
	export: {minArguments: 1, maxArguments: 1, argumentName: '<issue|latest|all>', flags: ['format', 'width', 'full', 'hyphenate', 'out']},
	mark: {minArguments: 1, maxArguments: 1, argumentName: '<issue>', flags: ['unread']},
	bookmarks: {minArguments: 0, maxArguments: 0, flags: ['json']},
	boilerplate: {minArguments: 0, maxArguments: 2, argumentName: '[story|notice <n>]', flags: ['json']},
	import: {minArguments: 1, maxArguments: Number.POSITIVE_INFINITY, argumentName: '<path…>', flags: ['dry-run', 'json']},
	// The words of an unquoted query arrive as several arguments: `search чип nvidia`.
	search: {minArguments: 1, maxArguments: Number.POSITIVE_INFINITY, argumentName: '<query>', flags: ['json', 'limit', 'since', 'until', 'sort']},
	watch: {minArguments: 0, maxArguments: 0, flags: ['stop']},
	subscribe: {minArguments: 1, maxArguments: 1, argumentName: '<feed-url|maildir>', flags: ['name', 'full-text']},
	subscriptions: {minArguments: 0, maxArguments: 0, flags: ['json']},
	unsubscribe: {minArguments: 1, maxArguments: 1, argumentName: '<name>', flags: []},
	fetch: {minArguments: 0, maxArguments: Number.POSITIVE_INFINITY, flags: ['json', 'timeout']},
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commandSpecs;

/** A command with a name of its own: everything but the library, which is `bell-reader` alone. */
export type NamedCommand = Exclude<CommandName, 'library'>;

export type Invocation =
	/** `--help` or `help` alone: `command` is absent; `help list` or `list --help`: that command's. */
	| {kind: 'help'; command?: NamedCommand}
	| {kind: 'version'}
	| {kind: 'command'; command: CommandName; args: string[]; flags: Flags}
	/** `command`: the command the mistake was made in, when it is known, to show its usage. */
	| {kind: 'usage-error'; message: string; command?: NamedCommand};

export const flagTypes: Record<FlagName, 'string' | 'boolean'> = {
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
	name: 'string',
	'full-text': 'boolean',
	timeout: 'string',
	help: 'boolean',
	version: 'boolean',
};

const parseOptions = {
	...Object.fromEntries(Object.entries(flagTypes).map(([name, type]) => [name, {type}])),
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
} as const;

type Token =
	| {kind: 'positional'; value: string; index: number}
	| {kind: 'option'; name: string; rawName: string; index: number; value?: string; inlineValue?: boolean}
	| {kind: 'option-terminator'};

function isFlagName(name: string): name is FlagName {
	return Object.hasOwn(flagTypes, name);
}

function isCommandName(value: string): value is NamedCommand {
	return Object.hasOwn(commandSpecs, value) && value !== 'library';
}

/** The names a person may type as a command: every command and `help`. */
export const commandNames: readonly string[] = [...Object.keys(commandSpecs).filter(name => name !== 'library'), 'help'];

/** The long form of every flag, for "did you mean". */
const flagSpellings = Object.keys(flagTypes).map(name => `--${name}`);

function unknownCommand(messages: CliMessages, typed: string): Invocation {
	return {kind: 'usage-error', message: messages.unknownCommand(typed, closestWord(typed, commandNames))};
}

export function parseArguments(argv: readonly string[], messages: CliMessages): Invocation {
	// Not strict: unknown flags and missing values come back as tokens, so the messages are ours.
	const {tokens} = parseArgs({args: [...argv], options: parseOptions, allowPositionals: true, strict: false, tokens: true});
	// Known before the flags are checked, so that a mistyped flag is answered with its command's usage.
	const firstWord = (tokens as Token[]).find(token => token.kind === 'positional');
	const named = firstWord?.kind === 'positional' && isCommandName(firstWord.value) ? firstWord.value : undefined;
	const usage = (message: string): Invocation => (named === undefined ? {kind: 'usage-error', message} : {kind: 'usage-error', message, command: named});
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
		// One dash and several letters: a word, even where its letters are short flags (-v in -nvidia).
		if (/^-[^-\s]{2,}$/u.test(raw)) {
			if (!positionalTokens.some(positional => positional.index === token.index)) {
				positionalTokens.push({index: token.index, value: raw});
				dashWord ??= raw;
			}

			continue;
		}

		if (!isFlagName(token.name)) {
			// A single dash is a short flag, too short to guess from.
			const guess = token.rawName.startsWith('--') ? closestWord(token.rawName, flagSpellings) : undefined;
			return usage(messages.unknownFlag(token.rawName, guess));
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

	const positionals = positionalTokens.sort((a, b) => a.index - b.index).map(token => token.value);
	if (dashWord !== undefined && (positionals[0] !== 'search' || positionals[0] === dashWord)) {
		return usage(messages.unknownFlag(dashWord, undefined));
	}

	const [first, ...rest] = positionals;
	if (first === 'help') {
		return helpFor(rest, messages);
	}

	if (values.has('help')) {
		// `bell-reader lsit --help` is still helped, with the whole help.
		return first !== undefined && isCommandName(first) ? {kind: 'help', command: first} : {kind: 'help'};
	}

	if (values.has('version')) {
		return {kind: 'version'};
	}

	let command: CommandName = 'library';
	let args: string[] = [];
	if (first !== undefined) {
		if (!isCommandName(first)) {
			return unknownCommand(messages, first);
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

	const typedFormat = text('format') ?? 'text';
	const format = formatAliases[typedFormat.toLowerCase()] ?? typedFormat.toLowerCase();
	if (!(exportFormats as readonly string[]).includes(format)) {
		return usage(messages.badChoice('--format', typedFormat, ['text', 'markdown', 'md', 'json']));
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
	if (values.has('full-text')) {
		flags.fullText = true;
	}

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

	const timeout = text('timeout');
	if (timeout !== undefined) {
		flags.timeout = /^\d+(?:\.\d+)?$/u.test(timeout) && Number(timeout) > 0 && Number(timeout) <= maxTimeoutSeconds ? Number(timeout) : undefined;
		if (flags.timeout === undefined) {
			return usage(messages.badTimeout(timeout, maxTimeoutSeconds));
		}
	}

	const name = text('name');
	if (name !== undefined) {
		if (name.trim() === '' || /[\s/]/u.test(name)) {
			return usage(messages.badSubscriptionName(name));
		}

		flags.name = name;
	}

	for (const name of ['since', 'until'] as const) {
		const value = text(name);
		if (value !== undefined) {
			if (calendarDate(value) !== value) {
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

/** `help [command]`: the whole help, or one command's. */
function helpFor(args: readonly string[], messages: CliMessages): Invocation {
	const [topic, extra] = args;
	if (extra !== undefined) {
		return {kind: 'usage-error', message: messages.unexpectedArgument(extra)};
	}

	if (topic === undefined || topic === 'help') {
		return {kind: 'help'};
	}

	return isCommandName(topic) ? {kind: 'help', command: topic} : unknownCommand(messages, topic);
}

/** The flag's value as a whole number within [min, max], or undefined. */
function wholeNumberIn(value: string, min: number, max: number): number | undefined {
	return /^\d+$/u.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : undefined;
}
