import {fileURLToPath} from 'node:url';
import type {Issue} from '../../source/archive/issue.js';
import {readArchive} from '../helpers/read-archive.js';
import {initialModel, type Action, type Effect, type Model, type Size} from '../../source/state/app-model.js';
import type {KeyName} from '../../source/state/keymap.js';
import {update} from '../../source/state/update.js';
import {emptyState, type ReaderState} from '../../source/store/reader-state.js';
import {storyWords} from '../../source/archive/reading-time.js';
import {loadHyphenator} from '../../source/layout/hyphenation.js';

/** The reader hyphenates by default, with the patterns the interactive shell loads. */
const hyphenator = await loadHyphenator();

export const sampleIssues: Issue[] = (await readArchive(fileURLToPath(new URL('../../archive', import.meta.url)))).issues;

export function issueById(id: string): Issue {
	return sampleIssues.find(issue => issue.id === id)!;
}

function libraryEntryOf(issue: Issue) {
	const words = storyWords(issue);
	return {id: issue.id, title: issue.title, date: issue.date, words};
}

export function sampleModel(size: Size = {columns: 80, rows: 24}, stored: ReaderState = emptyState()): Model {
	return initialModel({size, language: 'en', entries: sampleIssues.map(issue => libraryEntryOf(issue)), stored, run: {hyphenator}});
}

export const now = '2026-11-28T12:00:00.000Z';

/** Applies actions one after another, collecting every effect. */
export function play(model: Model, ...actions: Array<Action | KeyName>): {model: Model; effects: Effect[]} {
	const effects: Effect[] = [];
	let current = model;
	for (const action of actions) {
		const result = update(current, typeof action === 'string' ? {type: 'key', key: action, now} : action);
		current = result.model;
		effects.push(...result.effects);
	}

	return {model: current, effects};
}

/** The model with an issue open, as the shell makes it after a load-issue effect. */
export function openIssue(id: string, size?: Size, stored?: ReaderState): Model {
	return play(sampleModel(size, stored), {type: 'issue-loaded', issue: issueById(id)}).model;
}

/** The text of a row, spans joined. */
export function rowText(model: Model, index: number): string {
	return model.reader!.lines[index]!.spans.map(span => span.text).join('');
}
