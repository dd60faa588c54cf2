import {useInput} from 'ink';
import {useEffect, useMemo, useRef} from 'react';
import {uiText} from '../i18n/ui-text.js';
import type {Effect, Model, Size} from '../state/app-model.js';
import {keyNamesOf} from '../state/key-press.js';
import {BookmarksScreen} from './bookmarks-screen.js';
import {EffectRunner, type EffectServices} from './effect-runner.js';
import {FrameView} from './frame-view.js';
import {HelpScreen} from './help-screen.js';
import {LibraryScreen} from './library-screen.js';
import {ReaderScreen} from './reader-screen.js';
import {TeasersScreen} from './teasers-screen.js';
import {isTooSmall, tooSmallFrame} from './too-small-frame.js';
import {useModel} from './use-model.js';

export type AppProps = {
	initial: Model;
	/** The terminal size; a new value re-flows the screen. */
	size: Size;
	services: EffectServices;
	/** Receives the effect runner, so the shell can flush saves on signals. */
	onRunner?: (runner: EffectRunner) => void;
	/** Effects of building the initial model (opening an issue that fits one page marks it read). */
	initialEffects?: readonly Effect[];
};

export function App({initial, size, services, onRunner, initialEffects}: AppProps) {
	const runnerRef = useRef<EffectRunner | undefined>(undefined);
	const dispatchRef = useRef<(action: Parameters<ReturnType<typeof useModel>[1]>[0]) => void>(() => {});
	const getRunner = useMemo(() => () => {
		runnerRef.current ??= new EffectRunner(services, action => {
			dispatchRef.current(action);
		});
		return runnerRef.current;
	}, [services]);
	const [model, dispatch] = useModel(initial, getRunner);
	dispatchRef.current = dispatch;

	useEffect(() => {
		onRunner?.(getRunner());
	}, [getRunner, onRunner]);

	useEffect(() => {
		for (const effect of initialEffects ?? []) {
			for (const action of getRunner().run(effect)) {
				dispatch(action);
			}
		}
		// Once, on mount: these effects belong to the initial model.
	}, []);

	useEffect(() => {
		if (size.columns !== model.size.columns || size.rows !== model.size.rows) {
			dispatch({type: 'resize', size});
		}
	}, [size, model.size, dispatch]);

	useInput((input, key) => {
		const now = services.now().toISOString();
		for (const name of keyNamesOf(input, key)) {
			dispatch({type: 'key', key: name, now});
		}
	});

	const text = uiText(model.language);
	if (isTooSmall(model.size)) {
		return <FrameView rows={tooSmallFrame(model.size, text)}/>;
	}

	switch (model.screen) {
		case 'reader': {
			return model.reader ? <ReaderScreen model={model} text={text}/> : <LibraryScreen model={model} text={text}/>;
		}

		case 'bookmarks': {
			return <BookmarksScreen model={model} text={text}/>;
		}

		case 'teasers': {
			return <TeasersScreen model={model} text={text}/>;
		}

		case 'help': {
			return <HelpScreen model={model} text={text}/>;
		}

		default: {
			return <LibraryScreen model={model} text={text}/>;
		}
	}
}
