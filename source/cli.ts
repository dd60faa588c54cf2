#!/usr/bin/env node
import {fstatSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import packageJson from '../package.json' with {type: 'json'};
import {appPaths} from './store/app-paths.js';
import {holdsIssueFiles} from './library/archive-folder.js';
import {writeOutput} from './cli/write-output.js';
import {parseArguments, type CommandName} from './cli/parse-arguments.js';
import {wantsColor} from './cli/terminal-style.js';
import {userMessageOf, type CommandContext} from './commands/command-context.js';
import {cliMessages} from './i18n/cli-messages.js';
import {languageOf} from './i18n/locale.js';
import {readStateFile} from './store/state-file.js';
import {archiveWatch, noArchiveWatch} from './library/archive-watch.js';

// The only file that decides exit codes (commands return, this file exits): 0 done,
// 1 runtime error, 2 usage.
// Each command's code is imported when it runs, so a start loads only what it needs
// (printing never loads Ink; reading state never loads conf).

const env = process.env;
const language = languageOf(env);
const messages = cliMessages(language);
// `bell-reader export all | head -1`: the reader went away, which is not an error.
const readerGone = () => {
	process.exit(0);
};

const out = (text: string | Uint8Array) => {
	writeOutput(1, text, readerGone);
};

const toStderr = (text: string) => {
	writeOutput(2, text, () => {});
};

const warn = (line: string) => {
	toStderr(`bell-reader: ${line}\n`);
};

/**
 * Whether a descriptor is a terminal, without creating process.stdout and friends (which
 * loads Node's streams): only a character device can be one, and only then is node:tty asked.
 */
async function isTerminal(descriptor: 0 | 1 | 2): Promise<boolean> {
	try {
		if (!fstatSync(descriptor).isCharacterDevice()) {
			return false;
		}
	} catch {
		return false;
	}

	const {isatty} = await import('node:tty');
	return isatty(descriptor);
}

/** The bundled sample archive ships next to dist/ in the package. */
const bundledArchive = fileURLToPath(new URL('../archive', import.meta.url));

/**
 * The archive a command works on: --archive, else BELL_READER_ARCHIVE, else the user's
 * own. Only reading falls back to the bundled sample while the user has none; `import`
 * never writes into the sample.
 */
function chooseArchive(command: CommandName, flagValue: string | undefined, userArchive: string): string {
	const chosen = flagValue ?? (env.BELL_READER_ARCHIVE || undefined);
	if (chosen !== undefined) {
		return path.resolve(chosen);
	}

	return command === 'import' || command === 'fetch' || holdsIssueFiles(userArchive) ? userArchive : bundledArchive;
}

/** Whether a command opens the full-screen reader: those that read, when stdout is a terminal. */
function opensReader(command: CommandName, stdoutIsTerminal: boolean): boolean {
	return stdoutIsTerminal && (command === 'library' || command === 'latest' || command === 'read');
}

/** Runs a command; returns its exit code. */
async function runCommand(command: CommandName, context: CommandContext): Promise<number> {
	if (opensReader(command, context.stdoutIsTerminal)) {
		const {interactiveCommand} = await import('./commands/interactive-command.js');
		await interactiveCommand(context, command === 'library' ? undefined : context.args[0] ?? 'latest');
		return 0;
	}

	switch (command) {
		case 'library':
		case 'list': {
			const {listCommand} = await import('./commands/list-command.js');
			await listCommand(context);
			return 0;
		}

		case 'latest':
		case 'read': {
			const {printIssueCommand} = await import('./commands/print-issue-command.js');
			await printIssueCommand(context, context.args[0] ?? 'latest');
			return 0;
		}

		case 'export': {
			const {exportCommand} = await import('./commands/export-command.js');
			await exportCommand(context);
			return 0;
		}

		case 'mark': {
			const {markCommand} = await import('./commands/mark-command.js');
			await markCommand(context);
			return 0;
		}

		case 'bookmarks': {
			const {bookmarksCommand} = await import('./commands/bookmarks-command.js');
			await bookmarksCommand(context);
			return 0;
		}

		case 'boilerplate': {
			const {boilerplateCommand} = await import('./commands/boilerplate-command.js');
			await boilerplateCommand(context);
			return 0;
		}

		case 'search': {
			// Loaded only here: the stemmer and the engine are no cost to the other commands.
			const {searchCommand} = await import('./commands/search-command.js');
			// No match is exit code 1, as grep has it.
			return (await searchCommand(context)) === 'found' ? 0 : 1;
		}

		case 'watch': {
			const {watchCommand} = await import('./commands/watch-command.js');
			await watchCommand(context);
			return 0;
		}

		case 'import': {
			// Loaded on demand: the HTML, mail and XML parsers would weigh on every other command's start.
			const {importCommand} = await import('./commands/import-command.js');
			// Duplicates are not failures; an input that could not be imported is.
			return (await importCommand(context)) === 'all-done' ? 0 : 1;
		}

		case 'subscribe': {
			const {subscribeCommand} = await import('./commands/subscribe-command.js');
			// A source that is neither a feed address nor a Maildir is a usage error.
			return (await subscribeCommand(context)) === 'not-a-source' ? 2 : 0;
		}

		case 'subscriptions': {
			const {subscriptionsCommand} = await import('./commands/subscriptions-command.js');
			subscriptionsCommand(context);
			return 0;
		}

		case 'unsubscribe': {
			const {unsubscribeCommand} = await import('./commands/unsubscribe-command.js');
			await unsubscribeCommand(context);
			return 0;
		}

		case 'fetch': {
			// Loaded on demand, like import: the network and the parsers are no cost to other commands.
			const {fetchCommand} = await import('./commands/fetch-command.js');
			const outcome = await fetchCommand(context);
			// Interrupted: the shell's convention, 128 plus the signal's number.
			return outcome.kind === 'all-reached' ? 0 : outcome.kind === 'some-failed' ? 1 : (outcome.signal === 'SIGINT' ? 130 : 143);
		}
	}
}

async function run(argv: readonly string[]): Promise<number> {
	const invocation = parseArguments(argv, messages);
	switch (invocation.kind) {
		case 'help': {
			const {helpText} = await import('./cli/help-text.js');
			out(helpText(language, invocation.command));
			return 0;
		}

		case 'version': {
			out(`${packageJson.version}\n`);
			return 0;
		}

		case 'usage-error': {
			warn(invocation.message);
			if (invocation.command === undefined) {
				toStderr(`${messages.usageLine}\n${messages.seeHelp}\n`);
			} else {
				const {usageLine} = await import('./cli/help-text.js');
				toStderr(`${usageLine(language, invocation.command)}\n${messages.seeCommandHelp(invocation.command)}\n`);
			}

			return 2;
		}

		case 'command': {
			break;
		}
	}

	const stdoutIsTerminal = await isTerminal(1);
	// Only a reader on a terminal needs to know about stdin.
	const stdinIsTerminal = stdoutIsTerminal && await isTerminal(0);
	if (opensReader(invocation.command, stdoutIsTerminal) && !stdinIsTerminal) {
		// Ink's input hook crashes when stdin cannot be put into raw mode (a pipe,
		// /dev/null); say what to do instead.
		warn(messages.needsTerminalInput);
		return 2;
	}

	const paths = appPaths(env);
	const archiveDir = chooseArchive(invocation.command, invocation.flags.archive, paths.archiveDir);
	// BELL_READER_WATCHER=off: never ask a watcher (to compare with checking every file).
	const watch = env.BELL_READER_WATCHER === 'off' ? noArchiveWatch : archiveWatch(paths.cacheDir, archiveDir);
	// Asked now, so that the answer is on its way while a printing command's code loads. Not
	// for the reader: its first frame comes from the catalog's head, and waits for nothing.
	if (!['import', 'watch', 'fetch', 'subscribe', 'subscriptions', 'unsubscribe'].includes(invocation.command) && !opensReader(invocation.command, stdoutIsTerminal)) {
		void watch.generation();
	}

	let store: Promise<import('./store/state-store.js').StateStore> | undefined;
	const context: CommandContext = {
		args: invocation.args,
		flags: invocation.flags,
		language,
		messages,
		out,
		warn,
		status: toStderr,
		stdoutIsTerminal,
		// A getter: asking creates process.stderr, which only import and search need.
		get stderrIsTerminal() {
			return process.stderr.isTTY === true;
		},
		stdinIsTerminal,
		columns: stdoutIsTerminal ? process.stdout.columns : undefined,
		color: wantsColor(env, stdoutIsTerminal),
		archiveDir,
		sampleArchive: archiveDir === bundledArchive,
		paths,
		archiveWatch: watch,
		readState: () => readStateFile(paths.configDir, warn),
		openStore() {
			store ??= import('./store/state-store.js').then(({StateStore}) => new StateStore(paths.configDir, warn));
			return store;
		},
		now: () => new Date(),
	};

	return runCommand(invocation.command, context);
}

// Once nothing is left to do, exit rather than let Node take down its heap piece by piece:
// the same exit (the 'exit' handlers run, the terminal is restored), only sooner.
process.once('beforeExit', () => {
	process.exit();
});

run(process.argv.slice(2)).then(code => {
	// exitCode rather than exit(): output still queued for a pipe must drain first.
	process.exitCode = code;
}, (error: unknown) => {
	const message = userMessageOf(error, messages);
	if (message !== undefined) {
		warn(message);
	} else {
		// Anything else is a bug; one line still, the stack only on request.
		warn(messages.unexpectedError(error instanceof Error ? error.message : String(error)));
		if (env.BELL_READER_DEBUG) {
			console.error(error);
		}
	}

	process.exitCode = 1;
});
