import {uiText} from '../i18n/ui-text.js';
import {anchorOfLine} from '../layout/anchor-index.js';
import {readingStateOf} from '../store/reader-state.js';
import type {Effect, Model, ReaderModel, Update} from './app-model.js';
import {anchorOfTop, isAtEnd, progressOf, readerViewport, topForAnchor} from './reader-viewport.js';
import {same, withStatus} from './update-result.js';

/**
 * Moving the reader's top row, and what a move brings: the anchor and the saved position,
 * and the read mark. Peeking is not reading: only reading forward to the end marks an
 * issue read; a jump there (G, ], a search match) shows the end and leaves the mark alone.
 */

type Motion = 'reading' | 'jump';

/** At the end of a story laid out whole, the issue is marked read, once a visit. */
export function markReadAtEnd(model: Model): Update {
	const reader = model.reader!;
	if (reader.markedRead || !reader.complete || !isAtEnd(readerViewport(reader, model.size))) {
		return same(model);
	}

	const effects: Effect[] = readingStateOf(model.stored, reader.issue.id) === 'read' ? [] : [{type: 'mark-read', id: reader.issue.id, read: true}];
	return {model: {...model, reader: {...reader, markedRead: true}}, effects};
}

/** Moves the reader's top row, which sets the anchor there; sends the position to save. */
export function moveReader(model: Model, top: number, motion: Motion): Update {
	const reader = model.reader!;
	if (top === reader.top) {
		return motion === 'reading' ? markReadAtEnd(model) : same(model);
	}

	const moved: ReaderModel = {...reader, top, anchor: anchorOfLine(reader.lines, top), topIsBlank: reader.lines[top]?.kind === 'blank'};
	const viewport = readerViewport(moved, model.size);
	const save: Effect = {type: 'save-position', id: reader.issue.id, anchor: anchorOfTop(viewport), progress: progressOf(viewport)};
	if (motion === 'jump') {
		return same({...model, reader: moved}, [save]);
	}

	const ended = markReadAtEnd({...model, reader: moved});
	return {model: ended.model, effects: [save, ...ended.effects]};
}

/** Shows match `index` of the story search (wrapping around), with "match i of n" below. */
export function goToMatch(model: Model, index: number): Update {
	const reader = model.reader!;
	const {matches} = reader.search;
	if (matches.length === 0) {
		const text = uiText(model.language);
		return same(withStatus(model, reader.search.query === '' ? text.searchNone : text.searchNothing(reader.search.query)));
	}

	const current = (index + matches.length) % matches.length;
	const match = matches[current]!;
	const withSearch: Model = {...model, reader: {...reader, search: {...reader.search, current}}};
	const moved = moveReader(withSearch, topForAnchor(reader.lines, match), 'jump');
	return {model: withStatus(moved.model, uiText(model.language).searchMatches(current + 1, matches.length)), effects: moved.effects};
}
