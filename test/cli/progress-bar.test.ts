import {describe, expect, it} from 'vitest';
import {clearLine, formatProgressBar, progressBarWidth, progressLine} from '../../source/cli/progress-bar.js';
import {wantsProgressBar} from '../../source/commands/import-command.js';

describe('the import progress bar', () => {
	it('fills in proportion and clamps', () => {
		expect(formatProgressBar(0, 0, 80)).toBe(`[${'░'.repeat(progressBarWidth)}]   0% 0/80`);
		expect(formatProgressBar(0.5, 40, 80)).toBe(`[${'█'.repeat(12)}${'░'.repeat(12)}]  50% 40/80`);
		expect(formatProgressBar(1.7, 80, 80)).toBe(`[${'█'.repeat(progressBarWidth)}] 100% 80/80`);
		expect(formatProgressBar(Number.NaN, 0, 0)).toContain('  0%');
	});

	it('names what it counts when given a label', () => {
		expect(formatProgressBar(0.25, 250, 1000, 'индексация')).toBe(`индексация [${'█'.repeat(6)}${'░'.repeat(18)}]  25% 250/1000`);
	});

	it('is shown only on a terminal, and only for a large import', () => {
		const small = {inputs: 3, bytes: 10_000, containerBytes: 0};
		const manyFiles = {inputs: 51, bytes: 100_000, containerBytes: 0};
		const bigFeed = {inputs: 1, bytes: 800_000, containerBytes: 800_000};
		const bigPage = {inputs: 1, bytes: 2_000_000, containerBytes: 0};
		expect(wantsProgressBar(small, true)).toBe(false);
		expect(wantsProgressBar(manyFiles, true)).toBe(true);
		expect(wantsProgressBar(bigFeed, true)).toBe(true);
		expect(wantsProgressBar(bigPage, true)).toBe(false);
		expect(wantsProgressBar(bigFeed, false)).toBe(false);
	});
});

describe('the progress line', () => {
	it('is drawn again only when its percentage moves, and erased once', () => {
		const written: string[] = [];
		const line = progressLine(text => written.push(text), 'индексация');
		line.clear();
		expect(written).toEqual([]);
		for (let done = 0; done <= 1000; done++) {
			line.draw(done / 1000, done, 1000);
		}

		expect(written).toHaveLength(101);
		expect(written[50]).toBe(`\r${formatProgressBar(0.5, 500, 1000, 'индексация')}`);
		line.clear();
		line.clear();
		expect(written.slice(101)).toEqual([clearLine]);
	});
});
