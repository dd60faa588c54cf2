#!/usr/bin/env node
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import packageJson from '../package.json' with {type: 'json'};
import {appPaths} from './app-paths.js';
import {listIssueFiles} from './archive/load-archive.js';
import {helpText} from './cli/help-text.js';
import {parseArguments} from './cli/parse-arguments.js';
import {wantsColor} from './cli/terminal-style.js';
import {CommandError, type CommandContext} from './commands/command-context.js';
import {exportCommand} from './commands/export-command.js';
import {listCommand} from './commands/list-command.js';
import {markCommand} from './commands/mark-command.js';
import {printIssueCommand} from './commands/print-issue-command.js';
import {cliMessages} from './i18n/cli-messages.js';
import {languageOf} from './i18n/locale.js';
import {LockTimeoutError} from './store/file-lock.js';
import {StateStore, StateStoreError} from './store/state-store.js';

// The only file that decides exit codes (DESIGN.md §2): 0 done, 1 runtime error, 2 usage.

const env = process.env;
const language = languageOf(env);
const messages = cliMessages(language);
const warn = (line: string) => {
	process.stderr.write(`bell-reader: ${line}\n`);
};

// `bell-reader export all | head -1`: the reader went away, which is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') {
		process.exit(0);
	}

	warn(messages.unexpectedError(error.message));
	process.exit(1);
});

/** The bundled sample archive ships next to dist/ in the package. */
const bundledArchive = fileURLToPath(new URL('../archive', import.meta.url));

function chooseArchive(flagValue: string | undefined): string {
	const chosen = flagValue ?? (env.BELL_READER_ARCHIVE || undefined);
	if (chosen !== undefined) {
		return path.resolve(chosen);
	}

	const userArchive = appPaths(env).archiveDir;
	try {
		if (listIssueFiles(userArchive).length > 0) {
			return userArchive;
		}
	} catch {
		// No user archive yet: the sample one stands in.
	}

	return bundledArchive;
}

async function run(argv: readonly string[]): Promise<number> {
	const invocation = parseArguments(argv, messages);
	switch (invocation.kind) {
		case 'help': {
			process.stdout.write(helpText(language));
			return 0;
		}

		case 'version': {
			process.stdout.write(`${packageJson.version}\n`);
			return 0;
		}

		case 'usage-error': {
			warn(invocation.message);
			process.stderr.write(`${messages.usageLine}\n${messages.seeHelp}\n`);
			return 2;
		}

		case 'command': {
			break;
		}
	}

	const paths = appPaths(env);
	let store: StateStore | undefined;
	const context: CommandContext = {
		args: invocation.args,
		flags: invocation.flags,
		language,
		messages,
		out(text) {
			process.stdout.write(text);
		},
		warn,
		stdoutIsTerminal: process.stdout.isTTY === true,
		stdinIsTerminal: process.stdin.isTTY === true,
		columns: process.stdout.columns,
		progress: process.stderr.isTTY === true
			? line => {
				process.stderr.write(line);
			}
			: undefined,
		color: wantsColor(env, process.stdout.isTTY === true),
		archiveDir: chooseArchive(invocation.flags.archive),
		paths,
		store() {
			store ??= new StateStore(paths.configDir, warn);
			return store;
		},
		now: () => new Date(),
	};

	switch (invocation.command) {
		case 'library':
		case 'list': {
			listCommand(context);
			break;
		}

		case 'latest': {
			printIssueCommand(context, 'latest');
			break;
		}

		case 'read': {
			printIssueCommand(context, invocation.args[0]!);
			break;
		}

		case 'export': {
			exportCommand(context);
			break;
		}

		case 'mark': {
			markCommand(context);
			break;
		}

		case 'search': {
			// Loaded only here: the stemmer and the engine are no cost to the other commands.
			const {searchCommand} = await import('./commands/search-command.js');
			await searchCommand(context);
			break;
		}
	}

	return 0;
}

try {
	// exitCode rather than exit(): output still queued for a pipe must drain first.
	process.exitCode = await run(process.argv.slice(2));
} catch (error) {
	if (error instanceof CommandError || error instanceof StateStoreError || error instanceof LockTimeoutError) {
		warn(error.message);
	} else {
		// Anything else is a bug; one line still, the stack only on request.
		warn(messages.unexpectedError(error instanceof Error ? error.message : String(error)));
		if (env.BELL_READER_DEBUG) {
			console.error(error);
		}
	}

	process.exitCode = 1;
}
