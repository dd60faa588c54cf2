import {describe, expect, it} from 'vitest';
import {listRow, withReadingStates} from '../../source/library/list-rows.js';

describe('listRow', () => {
	it('prints id, date, state and title, with tabs in titles made spaces and no date as -', () => {
		expect(listRow({id: 'a', date: null, title: 'Один\tдва'}, 'read')).toBe('a\t-\tread\tОдин два\n');
	});
});

describe('withReadingStates', () => {
	const rows = Buffer.from([
		listRow({id: '2026-02-01-ёлка', date: '2026-02-01', title: 'Ёлка unread'}, 'unread'),
		listRow({id: 'b', date: null, title: 'Второй'}, 'unread'),
		listRow({id: 'c', date: '2026-01-01', title: 'Третий'}, 'unread'),
	].join(''));

	it('puts in the states it is given, by id, non-Latin ids too, and leaves titles alone', () => {
		const states = new Map([['2026-02-01-ёлка', 'read' as const], ['c', 'reading' as const], ['gone', 'read' as const]]);
		expect(Buffer.from(withReadingStates(rows, states)).toString()).toBe([
			'2026-02-01-ёлка\t2026-02-01\tread\tЁлка unread\n',
			'b\t-\tunread\tВторой\n',
			'c\t2026-01-01\treading\tТретий\n',
		].join(''));
	});

	it('gives the rows as they are when no state applies', () => {
		expect(withReadingStates(rows, new Map())).toBe(rows);
		expect(withReadingStates(rows, new Map([['x', 'read' as const]]))).toBe(rows);
	});
});
