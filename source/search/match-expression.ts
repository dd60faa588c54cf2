import type {SearchQuery} from './parse-query.js';

/**
 * The FTS5 MATCH expression for a parsed query. Every word becomes a double-quoted FTS5
 * string, so the engine sees no operator, column filter or bracket the user typed; stems
 * hold only letters and digits, and quotes are doubled anyway in case that ever changes.
 */
export function ftsMatchExpression(query: SearchQuery): string {
	return query.clauses
		.map(clause => clause.words
			.map(word => `"${word.stem.replaceAll('"', '""')}"${word.kind === 'prefix' ? '*' : ''}`)
			.join(' + '))
		.join(' AND ');
}
