/**
 * The Damerau–Levenshtein distance (optimal string alignment): insertions, deletions,
 * substitutions and swaps of two neighbouring characters each cost 1, so "lsit" is one
 * step from "list", as a typist would count it.
 */
export function editDistance(a: string, b: string): number {
	const rows: number[][] = [Array.from({length: b.length + 1}, (_, index) => index)];
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let distance = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				distance = Math.min(distance, rows[i - 2]![j - 2]! + 1);
			}

			row.push(distance);
		}

		rows.push(row);
	}

	return rows[a.length]![b.length]!;
}

/**
 * The candidate a mistyped word most likely meant, or undefined when none is close: one
 * step for a short word, two for a longer one, so "ls" does not turn into "list".
 */
export function closestWord(typed: string, candidates: readonly string[]): string | undefined {
	const folded = typed.toLowerCase();
	const allowed = folded.length <= 3 ? 1 : 2;
	let best: {word: string; distance: number} | undefined;
	for (const word of candidates) {
		const distance = editDistance(folded, word.toLowerCase());
		if (distance <= allowed && (best === undefined || distance < best.distance)) {
			best = {word, distance};
		}
	}

	return best?.word;
}
