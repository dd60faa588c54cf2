import {describe, expect, it} from 'vitest';
import {uiText} from '../../source/i18n/ui-text.js';
import {displayWidth} from '../../source/layout/display-width.js';
import {libraryFrame} from '../../source/ui/library-frame.js';
import {sampleModel} from '../state/model-fixture.js';

describe('the library frame painted before Ink loads', () => {
	it.each([
		{columns: 19, rows: 30},
		{columns: 100, rows: 5},
		{columns: 8, rows: 3},
	])('at $columns×$rows is the too-small message alone, fitting the width', size => {
		const rows = libraryFrame(sampleModel(size), uiText('en'));
		const text = rows.map(row => row.text).join(' ');
		expect(text).toMatch(/Terminal/u);
		expect(text).not.toMatch(/bell-reader|Золото/u);
		expect(rows.length).toBeLessThanOrEqual(Math.max(1, size.rows - 1));
		for (const row of rows) {
			expect(displayWidth(row.text), row.text).toBeLessThanOrEqual(size.columns);
		}
	});

	it('names the smallest size that works, in Russian too', () => {
		const rows = libraryFrame({...sampleModel({columns: 60, rows: 4}), language: 'ru'}, uiText('ru'));
		expect(rows.map(row => row.text).join(' ')).toBe('Окно слишком мало: нужно от 20×6 (сейчас 60×4).');
	});
});
