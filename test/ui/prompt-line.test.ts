import {describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/layout/display-width.js';
import {promptLine} from '../../source/ui/fit-width.js';

describe('promptLine', () => {
	it('shows the whole prompt when it fits', () => {
		expect(promptLine('Note: ', 'график', 20)).toBe('Note: график█');
	});

	it('shows the end of a long text, where the typing is', () => {
		const line = promptLine('Note: ', 'очень длинная заметка о золоте', 20);
		expect(line).toBe('Note: …тка о золоте█');
		expect(displayWidth(line)).toBe(20);
	});

	it('cuts from the end when not even the prompt fits', () => {
		expect(promptLine('Заметка: ', 'текст', 6)).toBe('Замет…');
	});
});
