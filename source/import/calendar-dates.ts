import {calendarDate} from '../archive/calendar-date.js';

/**
 * Calendar days from the dates mail, feeds and pages carry. The day is the one the
 * sender wrote, in the sender's own time zone: an issue sent at 08:00 Moscow time on
 * 27 January is the 27 January issue, whatever the zone of the reader.
 */

const months: Record<string, number> = {
	jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** `Mon, 27 Jan 2025 08:00:00 +0300` (RFC 5322, RFC 822 as in RSS) → `2025-01-27`. */
export function dateFromRfc2822(text: string): string | undefined {
	const match = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})/iu.exec(text);
	if (!match) {
		return undefined;
	}

	const month = months[match[2]!.toLowerCase()];
	if (month === undefined) {
		return undefined;
	}

	let year = Number(match[3]);
	// RFC 822 allowed two-digit years; RFC 5322 reads 00–49 as 20xx.
	if (match[3]!.length === 2) {
		year += year < 50 ? 2000 : 1900;
	}

	return calendarDate(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(Number(match[1]))}`);
}

/** `2025-01-27T08:00:00+03:00`, `2025-01-27` (ISO 8601, Atom, HTML `datetime`) → `2025-01-27`. */
export function dateFromIso(text: string): string | undefined {
	return calendarDate(text.trim());
}

/** Whichever of the two the text is, or a last try through `Date`. */
export function dateFromText(text: string | undefined): string | null {
	if (text === undefined || text.trim() === '') {
		return null;
	}

	const found = dateFromIso(text) ?? dateFromRfc2822(text);
	if (found !== undefined) {
		return found;
	}

	// Shaped like one of the two but no real day (31 Feb): `Date` would roll it into March.
	if (/^\s*\d{4}-\d{2}-\d{2}/u.test(text) || /\d{1,2}\s+[a-z]{3}[a-z]*\.?\s+\d{2,4}/iu.test(text)) {
		return null;
	}

	// `Date` reads almost anything ("1" is 2001), so only what names a four-digit year.
	if (!/\b\d{4}\b/u.test(text)) {
		return null;
	}

	const parsed = new Date(text);
	return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}
