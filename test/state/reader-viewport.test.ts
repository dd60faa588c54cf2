import {describe, expect, it} from 'vitest';
import {pageNumber, progressOf, readerViewport, showsEnd} from '../../source/state/reader-viewport.js';
import {openIssue, play, sampleIssues} from './model-fixture.js';

const sizes = [{columns: 80, rows: 24}, {columns: 100, rows: 30}, {columns: 60, rows: 20}, {columns: 40, rows: 12}];

describe('the page number and the percentage', () => {
	it('agree: page N of M reads between (N−1)/M and N/M, 100 % only at the end, both only grow', () => {
		for (const {id} of sampleIssues) {
			for (const size of sizes) {
				let model = openIssue(id, size);
				let previous = {page: 0, progress: 0};
				// Space, then lines: the positions a reader sees on the way down.
				for (let step = 0; step < model.reader!.lines.length; step++) {
					const viewport = readerViewport(model.reader!, size);
					const page = pageNumber(viewport);
					const progress = progressOf(viewport);
					const where = `${id} ${JSON.stringify(size)} top ${model.reader!.top}: ${page.current}/${page.total} ${Math.round(progress * 100)}%`;
					expect(progress, where).toBeGreaterThan((page.current - 1) / page.total);
					expect(progress, where).toBeLessThanOrEqual(page.current / page.total);
					expect(progress === 1, where).toBe(showsEnd(viewport));
					expect(page.current, where).toBeGreaterThanOrEqual(previous.page);
					expect(progress, where).toBeGreaterThanOrEqual(previous.progress);
					previous = {page: page.current, progress};
					model = play(model, step % 7 === 0 ? 'space' : 'j').model;
				}
			}
		}
	});
});
