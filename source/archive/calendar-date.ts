/** `YYYY-MM-DD` of a real calendar day, or undefined. */
export function calendarDate(value: string): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
	if (!match) {
		return undefined;
	}

	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	const isReal = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return isReal ? match[0] : undefined;
}
