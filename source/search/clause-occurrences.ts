import type {QueryClause, QueryWord} from './parse-query.js';

/**
 * Where a clause occurs in a run of stems: the index of each first word. Pure; the highlighter
 * finds matches with it. Its rule is the FTS5 expression's, and the built-in engine's
 * `clausePattern` (a regular expression over its stored stems) follows it too, so that what
 * is found is what gets highlighted: a word matches its stem exactly, a prefix every stem
 * beginning with it.
 */

function wordMatches(stem: string, word: QueryWord): boolean {
	return word.kind === 'prefix' ? stem.startsWith(word.stem) : stem === word.stem;
}

export function clauseOccurrences(stems: readonly string[], clause: QueryClause): number[] {
	const found: number[] = [];
	const {words} = clause;
	const last = stems.length - words.length;
	for (let index = 0; index <= last; index++) {
		let matches = true;
		for (let offset = 0; offset < words.length; offset++) {
			if (!wordMatches(stems[index + offset]!, words[offset]!)) {
				matches = false;
				break;
			}
		}

		if (matches) {
			found.push(index);
		}
	}

	return found;
}
