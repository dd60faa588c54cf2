import {render} from 'ink';
import {useEffect, useState} from 'react';
import type {Issue} from '../archive/issue.js';
import type {Model, Size} from '../state/app-model.js';
import {loadHyphenator} from '../layout/hyphenation.js';
import {update} from '../state/update.js';
import type {StateStore} from '../store/state-store.js';
import {App} from './app.js';
import type {EffectRunner, EffectServices} from './effect-runner.js';
import type {TerminalSession} from './terminal-session.js';

/**
 * The interactive shell: alternate screen, signals, the store, and Ink. Only reached when
 * stdin and stdout are terminals (the CLI checks before importing this module, so printing
 * paths never load Ink).
 */

export type InteractiveOptions = {
	/** Reads a whole issue when it is opened. */
	loadIssue: (id: string) => Issue | undefined;
	/** Full-text search for the library filter. */
	searchText?: EffectServices['searchText'];
	/** Fetching the subscriptions from the library. */
	fetchSubscriptions?: EffectServices['fetchSubscriptions'];
	/** Open this issue at once (`latest`, `read <issue>`); otherwise start in the library. */
	open?: Issue;
	/** The initial model, as the first frame was painted from it. */
	initial: Model;
	store: StateStore;
	session: TerminalSession;
};

function terminalSize(): Size {
	return {columns: process.stdout.columns || 80, rows: process.stdout.rows || 24};
}

/** Ink 6.8 has no window-size hook of its own: follow stdout's resize events. */
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
	// This file is its own bundle (dist/ui.mjs), with its own copy of the layout engine:
	// the reader hyphenates (a setting, on by default), so that copy loads the patterns.
	const hyphenator = await loadHyphenator();
	let model: Model = {...options.initial, run: {...options.initial.run, hyphenator}};
	let openEffects: ReturnType<typeof update>['effects'] = [];
	if (options.open) {
		const position = model.stored.issues[options.open.id]?.position;
		const opened = update(model, {type: 'issue-loaded', issue: options.open, ...(position ? {at: position} : {})});
		model = opened.model;
		openEffects = opened.effects;
	}

	let runner: EffectRunner | undefined;
	let quit = () => {};
	const services: EffectServices = {
		loadIssue: options.loadIssue,
		...(options.searchText ? {searchText: options.searchText} : {}),
		...(options.fetchSubscriptions ? {fetchSubscriptions: options.fetchSubscriptions} : {}),
		updateState: options.store.update.bind(options.store),
		now: () => new Date(),
		quit: () => {
			quit();
		},
	};
	const onRunner = (current: EffectRunner) => {
		runner = current;
	};

	function Root() {
		const size = useTerminalSize();
		return <App initial={model} size={size} services={services} initialEffects={openEffects} onRunner={onRunner}/>;
	}

	const instance = render(<Root/>, {exitOnCtrlC: false, patchConsole: false});
	quit = () => {
		instance.unmount();
	};

	options.session.beforeSignalExit(() => {
		runner?.flush();
		instance.unmount();
	});

	try {
		await instance.waitUntilExit();
	} finally {
		runner?.flush();
		options.session.restore();
	}
}
