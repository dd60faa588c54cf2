import {render} from 'ink';
import {useEffect, useState} from 'react';
import type {Issue} from '../archive/issue.js';
import type {Language} from '../i18n/locale.js';
import {initialModel, type LibraryEntry, type Size} from '../state/app-model.js';
import {update} from '../state/update.js';
import type {StateStore} from '../store/state-store.js';
import {App} from './app.js';
import type {EffectRunner} from './effect-runner.js';

/**
 * The interactive shell: alternate screen, signals, the store, and Ink. Only reached when
 * stdin and stdout are terminals (the CLI checks before importing this module, so printing
 * paths never load Ink).
 */

export type InteractiveOptions = {
	/** The library, newest first. */
	entries: LibraryEntry[];
	/** Reads a whole issue when it is opened. */
	loadIssue: (id: string) => Issue | undefined;
	/** Open this issue at once (`latest`, `read <issue>`); otherwise start in the library. */
	open?: Issue;
	store: StateStore;
	language: Language;
};

const enterAlternateScreen = '\u001B[?1049h\u001B[?25l';
const leaveAlternateScreen = '\u001B[?25h\u001B[?1049l';
const clearScreen = '\u001B[2J\u001B[H';

function terminalSize(): Size {
	return {columns: process.stdout.columns || 80, rows: process.stdout.rows || 24};
}

/** Ink 6.8 has no window-size hook (STACK.md): follow stdout's resize events. */
function useTerminalSize(): Size {
	const [size, setSize] = useState(terminalSize);
	useEffect(() => {
		const onResize = () => {
			setSize(terminalSize());
		};

		process.stdout.on('resize', onResize);
		return () => {
			process.stdout.off('resize', onResize);
		};
	}, []);
	return size;
}

export async function runInteractive(options: InteractiveOptions): Promise<void> {
	let model = initialModel({
		size: terminalSize(),
		language: options.language,
		entries: options.entries,
		stored: options.store.read(),
	});
	let openEffects: ReturnType<typeof update>['effects'] = [];
	if (options.open) {
		const position = model.stored.issues[options.open.id]?.position;
		const opened = update(model, {type: 'issue-loaded', issue: options.open, ...(position ? {at: position} : {})});
		model = opened.model;
		openEffects = opened.effects;
	}

	let runner: EffectRunner | undefined;
	let restored = false;
	const restore = () => {
		if (!restored) {
			restored = true;
			process.stdout.write(leaveAlternateScreen);
		}
	};

	process.stdout.write(enterAlternateScreen);
	// Whatever ends the process, the terminal gets its screen back.
	process.on('exit', restore);
	// A resize reflows what is on screen, so Ink's line-by-line erase misses rows and the old
	// frame shows under the new one. In the alternate screen nothing else is there to keep:
	// wipe it before Ink (whose listener is added after this one) draws the new frame.
	const clearOnResize = () => {
		process.stdout.write(clearScreen);
	};

	process.stdout.on('resize', clearOnResize);

	let quit = () => {};
	function Root() {
		const size = useTerminalSize();
		return (
			<App
				initial={model}
				size={size}
				services={services}
				initialEffects={openEffects}
				onRunner={current => {
					runner = current;
				}}
			/>
		);
	}

	const services = {
		loadIssue: options.loadIssue,
		updateState: options.store.update.bind(options.store),
		now: () => new Date(),
		quit: () => {
			quit();
		},
	};

	const instance = render(<Root/>, {exitOnCtrlC: false, patchConsole: false});
	quit = () => {
		instance.unmount();
	};

	const onSignal = (signal: NodeJS.Signals, code: number) => {
		runner?.flush();
		instance.unmount();
		restore();
		process.exit(code);
	};

	const handlers: Array<[NodeJS.Signals, () => void]> = [
		['SIGTERM', () => onSignal('SIGTERM', 143)],
		['SIGHUP', () => onSignal('SIGHUP', 129)],
		['SIGINT', () => onSignal('SIGINT', 130)],
	];
	for (const [signal, handler] of handlers) {
		process.on(signal, handler);
	}

	try {
		await instance.waitUntilExit();
	} finally {
		runner?.flush();
		for (const [signal, handler] of handlers) {
			process.off(signal, handler);
		}

		process.stdout.off('resize', clearOnResize);
		restore();
	}
}
