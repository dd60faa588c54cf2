import {describe, expect, it} from 'vitest';
import {wrapLimitedRows, wrapWords} from '../../source/layout/wrap-words.js';

describe('wrapWords', () => {
	it('breaks at spaces within the width', () => {
		expect(wrapWords('Terminal too small: needs 20×6.', 12)).toEqual(['Terminal too', 'small: needs', '20×6.']);
	});

	it('cuts a word longer than a row', () => {
		expect(wrapWords('слишком', 3)).toEqual(['сли', 'шко', 'м']);
	});

	it('keeps to a number of rows, marking what is left out', () => {
		expect(wrapLimitedRows('one two three four', 5, 2)).toEqual(['one', 'two…']);
		expect(wrapLimitedRows('one two', 5, 2)).toEqual(['one', 'two']);
	});
});
