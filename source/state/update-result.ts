import type {Effect, Model, Update} from './app-model.js';
import type {Screen} from './keymap.js';

/** Small pieces every screen's reducer builds its answer from. */

/** The model as given (or changed) with these effects. */
export function same(model: Model, effects: Effect[] = []): Update {
	return {model, effects};
}

export function withStatus(model: Model, status: string | null): Model {
	return {...model, status};
}

/** Shows a screen, remembering where help and bookmarks return to. */
export function openScreen(model: Model, screen: Screen): Model {
	if (screen === 'help') {
		return {...model, screen, helpTop: 0, returnTo: {...model.returnTo, help: model.screen}};
	}

	if (screen === 'bookmarks') {
		return {...model, screen, bookmarkCursor: 0, returnTo: {...model.returnTo, bookmarks: model.screen}};
	}

	return {...model, screen};
}
