import {describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import {anchorOfTop, readerViewport} from '../../source/state/reader-viewport.js';
import {issueById, openIssue, play} from './model-fixture.js';

const gold = '2026-11-20-gold';

describe('routing keys and resizes', () => {
	it('shows help for the screen it was opened from, and any key returns', () => {
		const help = play(openIssue(gold), '?');
		expect(help.model).toMatchObject({screen: 'help', returnTo: {help: 'reader'}});
		expect(play(help.model, 'x').model.screen).toBe('reader');
	});

	it('keeps the same words on top when the terminal is resized', () => {
		const scrolled = play(openIssue(gold), 'space', 'j', 'j', 'j').model;
		const before = anchorOfTop(readerViewport(scrolled.reader!, scrolled.size));
		for (const size of [{columns: 40, rows: 12}, {columns: 120, rows: 50}, {columns: 24, rows: 6}, {columns: 80, rows: 24}]) {
			const resized = play(scrolled, {type: 'resize', size}).model;
			const after = anchorOfTop(readerViewport(resized.reader!, size));
			const row = resized.reader!.lines[resized.reader!.top]!;
			const words = (anchor: typeof before) => blockText(issueById(gold).story[anchor.block]!).slice(anchor.offset).split(' ')[0];
			expect(row.block).toBe(before.block);
			expect(words(after), JSON.stringify(size)).toBe(words(before));
		}
	});
});
