import type {QueryNode, QueryPhrase, QueryWord} from './parse-query.js';

/**
 * The FTS5 MATCH expression for a parsed query. Every term becomes a double-quoted FTS5
 * string, so the engine sees no operator, column filter or bracket the user typed (terms
 * hold only letters, digits and the lemma separator; quotes are doubled anyway). The
 * operators are the query's own, written by this function.
 */

/** The index's terms a query word matches: whole terms, and prefixes of terms. */
export type TermChoices = {terms: string[]; prefixes: string[]};

/** Finds the terms for a word; the index knows which ambiguous terms hold a lemma. */
export type TermExpander = (word: QueryWord) => TermChoices;

/**
 * At most this many spellings of one phrase: each word of it may stand for several terms, and
 * the phrase for every combination of them. Past it, the rarer combinations are left out.
 */
const maxPhraseVariants = 64;

function quoted(term: string): string {
	return `"${term.replaceAll('"', '""')}"`;
}

function phraseExpression(phrase: QueryPhrase, expand: TermExpander): string {
	let variants: string[] = [''];
	for (const word of phrase.words) {
		const {terms, prefixes} = expand(word);
		const choices = [...terms.map(term => quoted(term)), ...prefixes.map(prefix => `${quoted(prefix)}*`)];
		const next: string[] = [];
		for (const variant of variants) {
			for (const choice of choices) {
				if (next.length < maxPhraseVariants) {
					next.push(variant === '' ? choice : `${variant} + ${choice}`);
				}
			}
		}

		variants = next;
	}

	const either = `(${variants.join(' OR ')})`;
	return phrase.titleOnly ? `title : ${either}` : either;
}

/** `and` nodes inside `and` nodes, merged: their exclusions then apply to the whole. */
function flattened(children: readonly QueryNode[]): QueryNode[] {
	return children.flatMap(child => child.kind === 'and' ? flattened(child.children) : [child]);
}

export function ftsMatchExpression(node: QueryNode, expand: TermExpander): string {
	switch (node.kind) {
		case 'phrase': {
			return phraseExpression(node.phrase, expand);
		}

		case 'or': {
			return `(${node.children.map(child => ftsMatchExpression(child, expand)).join(' OR ')})`;
		}

		case 'and': {
			const children = flattened(node.children);
			const wanted = children.filter(child => child.kind !== 'not').map(child => ftsMatchExpression(child, expand));
			const excluded = children.flatMap(child => child.kind === 'not' ? [ftsMatchExpression(child.child, expand)] : []);
			// FTS5's NOT is binary (`a NOT b`): the syntax check made sure something is wanted.
			return [`(${wanted.join(' AND ')})`, ...excluded].join(' NOT ');
		}

		case 'not': {
			throw new Error('a query that only excludes reached the engine');
		}
	}
}
