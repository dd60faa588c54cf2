import {describe, expect, it} from 'vitest';
import {uiText} from '../../source/i18n/ui-text.js';
import {displayWidth} from '../../source/layout/display-width.js';
import {libraryFrame} from '../../source/ui/library-frame.js';
import {initialModel} from '../../source/state/app-model.js';
import {emptyState} from '../../source/store/reader-state.js';
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

describe('the library frame while the catalog is first built', () => {
	const size = {columns: 80, rows: 12};
	const reading = {done: 1200, total: 4000};

	it('shows the files read of the total, with nothing known of the issues yet', () => {
		const model = initialModel({size, language: 'en', entries: [], stored: emptyState(), archive: {path: '~/news', sample: false}});
		const rows = libraryFrame(model, uiText('en'), {reading}).map(row => row.text.trimEnd());
		expect(rows[0]).toBe('bell-reader · ~/news');
		expect(rows[2]).toBe('Reading the archive: 1200 of 4000 files (30%)…');
		expect(rows.at(-1)).toBe('Reading the archive: 1200 of 4000 files (30%)…');
		expect(rows).toHaveLength(size.rows - 1);
	});

	it('keeps the issues from the cached head in view while it reads, in Russian too', () => {
		const model = {...sampleModel(size), language: 'ru' as const};
		const rows = libraryFrame(model, uiText('ru'), {total: 4000, reading}).map(row => row.text.trimEnd());
		expect(rows[0]).toMatch(/^bell-reader · 4000 выпусков · 4000 непрочитанных$/u);
		expect(rows[2]).toMatch(/^› 2026-11-20/u);
		expect(rows.at(-1)).toBe('Чтение архива: 1200 из 4000 файлов (30%)…');
	});
});
