import type {Anchor, Issue} from '../archive/issue.js';
import {anchorOfLine} from '../layout/anchor-index.js';
import {findMatchesInStory} from '../search/find-matches.js';
import {bodyHeight, columnWidthFor, textWidthOf, type Model, type ReaderModel, type Update} from './app-model.js';
import {blocksForFirstScreens, layoutReader, longStoryCharacters, reflow, storyLength} from './reader-layout.js';
import {markReadAtEnd} from './reader-motion.js';
import {topForAnchor} from './reader-viewport.js';
import {same} from './update-result.js';

/** A loaded issue shown in the reader, at an anchor, with a story search already set. */
export function openIssue(model: Model, issue: Issue, at: Anchor | undefined, query: string | undefined): Update {
	const textWidth = textWidthOf(model);
	const {hyphenate = true} = model.stored.settings;
	const long = storyLength(issue) > longStoryCharacters;
	const blocks = long ? blocksForFirstScreens(issue, at?.block ?? 0, columnWidthFor(model.size, textWidth), bodyHeight(model.size)) : issue.story.length;
	const laidOut = layoutReader(issue, model.size, textWidth, {hyphenate, hyphenator: model.run.hyphenator}, blocks);
	const top = at ? topForAnchor(laidOut.lines, at) : 0;
	const matches = query === undefined ? [] : findMatchesInStory(issue.story, query);
	// Opened at a match: that match is the current one, so n goes on from it.
	const current = at === undefined ? -1 : matches.findIndex(match => match.block === at.block && match.offset === at.offset);
	const search = {query: query ?? '', editing: false, input: '', matches, current};
	const anchor = at ?? anchorOfLine(laidOut.lines, 0);
	const reader: ReaderModel = {issue, ...laidOut, top, anchor, topIsBlank: false, search, markedRead: false};
	const shown: Model = {...model, screen: 'reader', reader, status: null};
	// Opening is not moving: nothing to save; a story that fits the screen, opened at its start, is read at once.
	const opened = top === 0 ? markReadAtEnd(shown) : same(shown);
	return {model: opened.model, effects: laidOut.complete ? opened.effects : [...opened.effects, {type: 'finish-layout', id: issue.id}]};
}

/** The rest of a long story, laid out once its first screen is up; the same words stay on top. */
export function layoutRest(model: Model, id: string): Update {
	const {reader} = model;
	if (!reader || reader.complete || reader.issue.id !== id) {
		return same(model);
	}

	return same({...model, reader: reflow(reader, model.size, textWidthOf(model), model.run.hyphenator)});
}
