import {blockText, type Issue} from '../archive/issue.js';
import type {IndexedDocument} from './index-backend.js';
import {termsOf} from './tokenize.js';

/**
 * Stands between two blocks of a story so that a phrase never matches across them, as the
 * highlighter (which works block by block) would not. A private-use character: the query
 * tokenizer never produces it, and FTS5's tokenizer keeps it as a token of its own.
 */
const blockSeparator = '\uE000';

export function indexedDocumentOf(issue: Issue): IndexedDocument {
	const bodyTerms: string[] = [];
	for (const block of issue.story) {
		if (bodyTerms.length > 0) {
			bodyTerms.push(blockSeparator);
		}

		bodyTerms.push(...termsOf(blockText(block)));
	}

	return {id: issue.id, title: issue.title, date: issue.date, titleTerms: termsOf(issue.title), bodyTerms};
}
