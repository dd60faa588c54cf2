import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {bookmarkListText, bookmarkRows} from '../../source/cli/bookmark-list-text.js';
import {palette} from '../../source/cli/terminal-style.js';

const bookmarks = [
	{issue: '2026-11-20-gold', title: 'Золото по $4500. Почему ЦБ и россияне скупают слитки', fraction: 0.274, anchor: {block: 4, offset: 12}, excerpt: 'центральные банки\nПольши', note: null, created: '2026-11-01T10:00:00.000Z'},
	{issue: 'gone', title: null, fraction: null, anchor: {block: 0, offset: 0}, excerpt: 'из удалённого', note: 'проверить\tпотом', created: '2026-11-02T09:30:00.000Z'},
];

describe('bookmarkListText', () => {
	it('shows the title, the place in per cent, the excerpt, the note, the id and the time', () => {
		expect(bookmarkListText(bookmarks, {palette: palette(false), columns: 80, missingTitle: id => `${id} (gone)`})).toBe([
			'Золото по $4500. Почему ЦБ и россияне скупают слитки',
			'   27%  «центральные банки Польши»',
			'        2026-11-20-gold · 2026-11-01 10:00',
			'',
			'gone (gone)',
			'        «из удалённого»',
			'        ✎ проверить потом',
			'        gone · 2026-11-02 09:30',
			'',
		].join('\n'));
	});

	it('cuts every line to the terminal\'s width', () => {
		const text = bookmarkListText(bookmarks, {palette: palette(false), columns: 30, missingTitle: id => id});
		const lines = text.split('\n');
		expect(lines.every(line => stringWidth(line) <= 30)).toBe(true);
		expect(lines[0]).toBe('Золото по $4500. Почему ЦБ и…');
	});
});

describe('bookmarkRows', () => {
	it('keeps a row per bookmark, tabs and newlines inside cells turned into spaces', () => {
		expect(bookmarkRows(bookmarks, palette(false))).toBe([
			'2026-11-20-gold\t4:12\t2026-11-01 10:00\tЗолото по $4500. Почему ЦБ и россияне скупают слитки\tцентральные банки Польши',
			'gone\t0:0\t2026-11-02 09:30\t-\tиз удалённого (проверить потом)',
			'',
		].join('\n'));
	});
});
