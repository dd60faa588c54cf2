import {describe, expect, it} from 'vitest';
import {progressBar} from '../../source/cli/progress-bar.js';

describe('progressBar', () => {
	it('fills in proportion and shows the count', () => {
		expect(progressBar('indexing', 5, 10, 27)).toBe('indexing ▕█████░░░░░▏ 5/10');
		expect(progressBar('indexing', 0, 10, 27)).toBe('indexing ▕░░░░░░░░░░▏ 0/10');
		expect(progressBar('indexing', 10, 10, 28)).toBe('indexing ▕██████████▏ 10/10');
	});

	it('fits the width it is given, within bounds', () => {
		expect([...progressBar('индексация', 1234, 10_000, 60)].length).toBeLessThanOrEqual(60);
		expect(progressBar('x', 3, 0, 40)).toContain('3/0');
	});
});
