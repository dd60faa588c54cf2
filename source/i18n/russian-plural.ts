/** The Russian plural form for a count: 1 выпуск, 2 выпуска, 5 выпусков, 11 выпусков, 21 выпуск. */
export function russianPlural(count: number, one: string, few: string, many: string): string {
	const lastTwo = Math.abs(count) % 100;
	const last = Math.abs(count) % 10;
	if (lastTwo >= 11 && lastTwo <= 14) {
		return many;
	}

	return last === 1 ? one : last >= 2 && last <= 4 ? few : many;
}
