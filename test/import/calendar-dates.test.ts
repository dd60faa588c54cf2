import {describe, expect, it} from 'vitest';
import {dateFromRfc2822, dateFromText} from '../../source/import/calendar-dates.js';

describe('calendar dates', () => {
	it('take the day the sender wrote, in the sender’s zone', () => {
		expect(dateFromRfc2822('Mon, 27 Jan 2025 00:30:00 +0300')).toBe('2025-01-27');
		expect(dateFromText('2025-01-27T00:30:00+03:00')).toBe('2025-01-27');
		expect(dateFromText('Tue, 4 Mar 25 07:45 GMT')).toBe('2025-03-04');
	});

	it('return null for what is not a date', () => {
		expect(dateFromText('')).toBeNull();
		expect(dateFromText('1')).toBeNull();
		expect(dateFromText('31 Feb 2025')).toBeNull();
		expect(dateFromText(undefined)).toBeNull();
	});
});
