import {describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import {bodyHeight} from '../../source/state/app-model.js';
import {anchorOfTop, readerViewport} from '../../source/state/reader-viewport.js';
import {issueById, openIssue, play, sampleModel} from './model-fixture.js';

describe('opening an issue', () => {
	const gold = '2026-11-20-gold';
	const chips = '2026-02-09-ai-chips';

	it('opens at a saved anchor with those words on top', () => {
		const opened = openIssue(gold);
		const target = opened.reader!.lines[40]!.anchor;
		const reopened = play(sampleModel(), {type: 'issue-loaded', issue: issueById(gold), at: target}).model;
		expect(reopened.reader!.lines[reopened.reader!.top]!.anchor).toEqual(target);
	});

	it('steps through the stemmed matches of the query in the opened story', () => {
		const story = issueById(chips).story;
		const loaded = play(sampleModel(), {type: 'issue-loaded', issue: issueById(chips), search: 'чип'}).model;
		const {matches} = loaded.reader!.search;
		const forms = new Set(matches.map(match => blockText(story[match.block]!).slice(match.offset, match.offset + match.length).toLowerCase()));
		expect(forms.size).toBeGreaterThan(1);
		for (const form of forms) {
			expect(form.startsWith('чип')).toBe(true);
		}

		expect(play(loaded, 'n').model.reader!.search.current).toBe(0);
	});
});

describe('a long story', () => {
	const gold = issueById('2026-11-20-gold');
	// The sample issue, repeated past the length at which only the first screens are laid out at once.
	const long = {...gold, id: 'long', story: Array.from({length: 40}, () => gold.story).flat()};

	it('opens with its first screens laid out, then the rest, keeping the words on top', () => {
		const opened = play(sampleModel(), {type: 'issue-loaded', issue: long});
		expect(opened.model.reader!.complete).toBe(false);
		expect(opened.effects).toEqual([{type: 'finish-layout', id: 'long'}]);
		const partialLines = opened.model.reader!.lines.length;
		expect(partialLines).toBeGreaterThanOrEqual(bodyHeight(opened.model.size) * 2);

		const moved = play(opened.model, 'space');
		const anchor = anchorOfTop(readerViewport(moved.model.reader!, moved.model.size));
		const finished = play(moved.model, {type: 'layout-rest', id: 'long'});
		expect(finished.model.reader!.complete).toBe(true);
		expect(finished.model.reader!.lines.length).toBeGreaterThan(partialLines * 5);
		expect(anchorOfTop(readerViewport(finished.model.reader!, finished.model.size))).toEqual(anchor);
	});

	it('is not marked read before it is all laid out, and a late layout for another issue is ignored', () => {
		const opened = play(sampleModel(), {type: 'issue-loaded', issue: long}, 'G');
		expect(opened.effects.filter(effect => effect.type === 'mark-read')).toEqual([]);
		expect(play(opened.model, {type: 'layout-rest', id: 'other'}).model.reader!.complete).toBe(false);
	});

	it('opens a short story whole', () => {
		const opened = play(sampleModel(), {type: 'issue-loaded', issue: gold});
		expect(opened.model.reader!.complete).toBe(true);
		expect(opened.effects).toEqual([]);
	});
});
