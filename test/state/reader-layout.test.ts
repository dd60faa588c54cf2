import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Anchor} from '../../source/archive/issue.js';
import {textWidthOf, type Model} from '../../source/state/app-model.js';
import type {Line} from '../../source/layout/layout.js';
import {emptyState} from '../../source/store/reader-state.js';
import {issueById, play, rowText, sampleIssues, sampleModel} from './model-fixture.js';

const before = (a: Anchor, b: Anchor) => a.block < b.block || (a.block === b.block && a.offset <= b.offset);

/** Row `row` shows the anchor's character: it starts at or before it and the next text row after it. */
function rowShows(lines: readonly Line[], row: number, anchor: Anchor): boolean {
	const line = lines[row];
	if (line === undefined || !before(line.anchor, anchor)) {
		return false;
	}

	const next = lines.slice(row + 1).find(candidate => candidate.kind === 'text');
	return next === undefined || !before(next.anchor, anchor);
}

function topShowsAnchor(model: Model): boolean {
	const {lines, top, anchor, topIsBlank} = model.reader!;
	return topIsBlank ? lines[top]?.kind === 'blank' && rowShows(lines, top + 1, anchor) : rowShows(lines, top, anchor);
}

/** Presses + or - until the text width in force is `width` (steps of 4 from a width it was at). */
function widthBackTo(model: Model, width: number): Model {
	let current = model;
	while ((textWidthOf(current) ?? 76) !== width) {
		current = play(current, (textWidthOf(current) ?? 76) < width ? '+' : '-').model;
	}

	return current;
}

const stories = sampleIssues.filter(issue => issue.story.length > 3).map(issue => issue.id);
const size = fc.record({columns: fc.integer({min: 20, max: 180}), rows: fc.integer({min: 6, max: 70})});
const step = fc.record({size, widthSteps: fc.integer({min: -6, max: 6})});

describe('the anchor across re-layouts', () => {
	it('stays where the reader scrolled: every size shows it on top, and the first size shows the first top row again', () => {
		fc.assert(fc.property(
			fc.constantFrom(...stories), size, fc.integer({min: 5, max: 30}).map(steps => 20 + (steps * 4)),
			fc.array(fc.constantFrom('space', 'j', 'd', 'k', 'e'), {maxLength: 14}), fc.array(step, {minLength: 1, maxLength: 6}),
			(id, first, width, scroll, steps) => {
				const stored = {...emptyState(), settings: {textWidth: width}};
				const opened = play(sampleModel(first, stored), {type: 'issue-loaded', issue: issueById(id)}, ...scroll).model;
				const {top, anchor} = opened.reader!;
				const topRow = rowText(opened, top);
				let model = opened;
				for (const {size: next, widthSteps} of steps) {
					const key = widthSteps < 0 ? '-' : '+';
					model = play(model, {type: 'resize', size: next}, ...Array.from({length: Math.abs(widthSteps)}, () => key)).model;
					expect(model.reader!.anchor).toEqual(anchor);
					expect(topShowsAnchor(model), JSON.stringify({next, widthSteps})).toBe(true);
				}

				const back = widthBackTo(play(model, {type: 'resize', size: first}).model, width);
				expect(back.reader!.top).toBe(top);
				expect(rowText(back, back.reader!.top)).toBe(topRow);
			},
		), {numRuns: 80});
	});

	it('keeps the words on top through three round trips after Space and five lines down', () => {
		const size = {columns: 100, rows: 30};
		const opened = play(sampleModel(size), {type: 'issue-loaded', issue: issueById('2026-03-13-bank-nationalisation')}, 'space', 'j', 'j', 'j', 'j', 'j').model;
		const topRow = rowText(opened, opened.reader!.top);
		let model = opened;
		for (let round = 0; round < 3; round++) {
			model = play(model, {type: 'resize', size: {columns: 60, rows: 20}}, {type: 'resize', size}).model;
			expect(model.reader!.top).toBe(opened.reader!.top);
			expect(rowText(model, model.reader!.top)).toBe(topRow);
		}

		const narrowed = play(model, '-', '+').model;
		expect(rowText(narrowed, narrowed.reader!.top)).toBe(topRow);
	});

	it('keeps a blank row on top when the reader scrolled onto it', () => {
		const size = {columns: 80, rows: 24};
		let model = play(sampleModel(size), {type: 'issue-loaded', issue: issueById('2026-11-20-gold')}).model;
		while (model.reader!.lines[model.reader!.top]!.kind !== 'blank') {
			model = play(model, 'j').model;
		}

		const {top} = model.reader!;
		const resized = play(model, {type: 'resize', size: {columns: 47, rows: 13}}).model;
		expect(resized.reader!.lines[resized.reader!.top]!.kind).toBe('blank');
		expect(topShowsAnchor(resized)).toBe(true);
		expect(play(resized, {type: 'resize', size}).model.reader!.top).toBe(top);
	});
});
