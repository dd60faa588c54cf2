import {uiText} from '../i18n/ui-text.js';
import {textWidthOf, type Action, type Model, type Size, type Update} from './app-model.js';
import {bookmarksIntent, noteKey} from './bookmarks-update.js';
import {fetched, fetchIntent} from './fetch-update.js';
import {helpKey} from './help-update.js';
import {intentFor, type KeyName} from './keymap.js';
import {visibleEntries} from './library-entries.js';
import {libraryIntent, moveLibraryCursor} from './library-update.js';
import {layoutRest, openIssue} from './open-issue.js';
import {filterKey, searchKey} from './prompt-update.js';
import {reflow} from './reader-layout.js';
import {readerIntent} from './reader-update.js';
import {storyWithExtras} from './story-with-extras.js';
import {teasersIntent} from './teasers-update.js';
import {openScreen, same, withStatus} from './update-result.js';

/**
 * The UI reducer: (model, action) → (model, effects). Pure — keys, resizes and loaded
 * data come in as actions; everything with I/O goes out as effects the shell runs.
 * This file only routes: a key goes to the open prompt or to the screen's reducer.
 */

function keyAction(model: Model, key: KeyName, now: string): Update {
	const cleared = model.status === null ? model : withStatus(model, null);
	// Ctrl+C (the key map's force-quit, on every screen) quits even while text is typed.
	if (key === 'ctrl-c') {
		return same(cleared, [{type: 'quit'}]);
	}

	if (cleared.screen === 'library' && cleared.library.editingFilter) {
		return filterKey(cleared, key);
	}

	if (cleared.screen === 'bookmarks' && cleared.bookmarkNote !== null) {
		return noteKey(cleared, key);
	}

	if (cleared.screen === 'reader' && cleared.reader?.search.editing) {
		return searchKey(cleared, key);
	}

	if (cleared.screen === 'help') {
		return helpKey(cleared, key);
	}

	const intent = intentFor(cleared.screen, key);
	if (intent === undefined) {
		return same(cleared);
	}

	if (intent === 'help') {
		return same(openScreen(cleared, 'help'));
	}

	if (intent === 'fetch') {
		return fetchIntent(cleared);
	}

	switch (cleared.screen) {
		case 'library': {
			return libraryIntent(cleared, intent);
		}

		case 'reader': {
			return cleared.reader ? readerIntent(cleared, intent, now) : same({...cleared, screen: 'library'});
		}

		case 'bookmarks': {
			return bookmarksIntent(cleared, intent);
		}

		case 'teasers': {
			return teasersIntent(cleared, intent);
		}

		default: {
			return same(cleared);
		}
	}
}

function resize(model: Model, size: Size): Update {
	const resized: Model = {...model, size};
	const count = visibleEntries(model).length;
	if (!model.reader) {
		return same(moveLibraryCursor(resized, model.library.cursor, count));
	}

	const reader = reflow(model.reader, size, textWidthOf(model), model.run.hyphenator);
	return same(moveLibraryCursor({...resized, reader}, model.library.cursor, count));
}

export function update(model: Model, action: Action): Update {
	switch (action.type) {
		case 'key': {
			return keyAction(model, action.key, action.now);
		}

		case 'resize': {
			return resize(model, action.size);
		}

		case 'issue-loaded': {
			// --full: the teasers and notices follow the story, added once as the issue arrives.
			return openIssue(model, model.run.full ? storyWithExtras(action.issue) : action.issue, action.at, action.search);
		}

		case 'layout-rest': {
			return layoutRest(model, action.id);
		}

		case 'text-hits': {
			return same({...model, library: {...model.library, textHits: action.hits}});
		}

		case 'issue-missing': {
			return same(withStatus(model, uiText(model.language).bookmarkMissingIssue));
		}

		case 'stored': {
			return same({...model, stored: action.state});
		}

		case 'fetch-status': {
			return same(withStatus(model, action.status));
		}

		case 'fetched': {
			return fetched(model, action.entries, action.fresh, action.status);
		}
	}
}
