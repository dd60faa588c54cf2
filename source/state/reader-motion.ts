import {uiText} from '../i18n/ui-text.js';
import {readingStateOf} from '../store/reader-state.js';
import type {Effect, Model, ReaderModel, Update} from './app-model.js';
import {anchorOfTop, isAtEnd, progressOf, readerViewport, topForAnchor} from './reader-viewport.js';
import {same, withStatus} from './update-result.js';

/** Moving the reader's top row, and what a move brings: the saved position, the read mark. */

/** At the end of a story laid out whole, the issue is marked read, once a visit. */
export function markReadAtEnd(model: Model): Update {
	const reader = model.reader!;
	if (reader.markedRead || !reader.complete || !isAtEnd(readerViewport(reader, model.size))) {
		return same(model);
	}

	const effects: Effect[] = readingStateOf(model.stored, reader.issue.id) === 'read' ? [] : [{type: 'mark-read', id: reader.issue.id, read: true}];
	return {model: {...model, reader: {...reader, markedRead: true}}, effects};
}

/** Moves the reader's top row; sends the position to save and, at the end, marks the issue read. */
export function moveReader(model: Model, top: number): Update {
	const reader = model.reader!;
	if (top === reader.top) {
		return markReadAtEnd(model);
	}

	const moved: ReaderModel = {...reader, top};
	const viewport = readerViewport(moved, model.size);
	const save: Effect = {type: 'save-position', id: reader.issue.id, anchor: anchorOfTop(viewport), progress: progressOf(viewport)};
	const ended = markReadAtEnd({...model, reader: moved});
	return {model: ended.model, effects: [save, ...ended.effects]};
}

/** Shows match `index` of the story search (wrapping around), with "match i of n" below. */
export function goToMatch(model: Model, index: number): Update {
	const reader = model.reader!;
	const {matches} = reader.search;
	if (matches.length === 0) {
		return same(withStatus(model, uiText(model.language).searchNothing(reader.search.query)));
	}

	const current = (index + matches.length) % matches.length;
	const match = matches[current]!;
	const withSearch: Model = {...model, reader: {...reader, search: {...reader.search, current}}};
	const moved = moveReader(withSearch, topForAnchor(reader.lines, match));
	return {model: withStatus(moved.model, uiText(model.language).searchMatches(current + 1, matches.length)), effects: moved.effects};
}
