import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {uiText} from '../../source/i18n/ui-text.js';
import type {Model} from '../../source/state/app-model.js';
import {readerViewport, showsEnd} from '../../source/state/reader-viewport.js';
import {ReaderScreen} from '../../source/ui/reader-screen.js';
import {openIssue, play} from '../state/model-fixture.js';

function frameOf(model: Model): string[] {
	const {lastFrame, unmount} = render(<ReaderScreen model={model} text={uiText('en')}/>);
	const frame = (lastFrame() ?? '').split('\n');
	unmount();
	return frame;
}

/** The page, the page count and the percentage on the status line. */
function positionOf(frame: string[]): {page: number; pages: number; percent: number} {
	const [, page, pages, percent] = /^(\d+)\/(\d+) {2}(\d+)%/u.exec(frame.at(-1)!)!;
	return {page: Number(page), pages: Number(pages), percent: Number(percent)};
}

describe('reader screen', () => {
	const gold = '2026-11-20-gold';

	it.each([{columns: 100, rows: 30}, {columns: 80, rows: 24}, {columns: 60, rows: 20}])('shows the page and the percentage in agreement at %o', size => {
		const opened = openIssue(gold, size);
		let model = opened;
		for (const keys of [[], ['space'], ['j', 'j', 'j', 'j', 'j'], ['space', 'j', 'j'], ['d'], ['G'], ['k']]) {
			model = play(model, ...keys).model;
			const {page, pages, percent} = positionOf(frameOf(model));
			const where = `${keys.join(' ')} → ${page}/${pages} ${percent}%`;
			expect(percent, where).toBeGreaterThanOrEqual(Math.floor(((page - 1) / pages) * 100));
			expect(percent, where).toBeLessThanOrEqual(Math.ceil((page / pages) * 100));
			expect(percent === 100, where).toBe(showsEnd(readerViewport(model.reader!, size)));
		}
	});

	it('shows the search prompt with what is typed, and the last pattern stays for n', () => {
		const searched = play(openIssue(gold), '/', 'З', 'о', 'л', 'о', 'т', 'enter').model;
		const typing = play(searched, '/', 'x', 'y').model;
		expect(frameOf(typing).at(-1)).toContain('Search: xy█');
		const cancelled = play(typing, 'escape', 'n').model;
		expect(frameOf(cancelled).at(-1)).toMatch(/match 2\/\d+$/u);
	});
});
