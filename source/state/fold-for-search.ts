/**
 * Case- and ё-insensitive folding that keeps every character's offset (both foldings
 * map one UTF-16 unit to one), so what is found in folded text points into the original:
 * for the library's title filter and for highlighting matched words on screen. (The search
 * engine's own folding also drops stress marks, which moves offsets.)
 */
export function foldForSearch(text: string): string {
	const lower = text.toLowerCase().replaceAll('ё', 'е');
	if (lower.length === text.length) {
		return lower;
	}

	// A few capitals lowercase to two units (İ); fold those one by one to keep offsets.
	return [...text].map(character => {
		const folded = character.toLowerCase();
		return folded.length === character.length ? folded : character;
	}).join('').replaceAll('ё', 'е');
}
