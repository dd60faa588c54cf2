import {wordPattern} from './word-pattern.js';

/**
 * The syntax of a search query, without morphology (so that the argument parser can check a
 * query cheaply). Pure. Words next to each other must all be there; `OR` between them asks
 * for either; `NOT word` and `-word` for issues without it; `"two words"` (or «…») for the
 * words together, in order; `word*` for every word beginning so; parentheses group; `title:`
 * looks in titles only. `OR`, `AND` and `NOT` are operators only in capitals.
 */

/** A word as typed, lowercased and ё folded; `prefix` when a `*` follows it. */
export type SyntaxWord = {text: string; prefix: boolean};

export type SyntaxNode =
	/** Words next to each other, in order; a single word is the common case. */
	| {kind: 'phrase'; words: SyntaxWord[]; titleOnly: boolean}
	| {kind: 'and'; children: SyntaxNode[]}
	| {kind: 'or'; children: SyntaxNode[]}
	/** `at`: where the `NOT` or `-` stands, for the message when nothing else is asked. */
	| {kind: 'not'; child: SyntaxNode; at: number};

export type SyntaxProblemKind = 'unclosed-quote' | 'unclosed-parenthesis' | 'unexpected-parenthesis' | 'missing-operand' | 'only-excluded';

/** What is wrong, and where: `at` is an offset into the query (UTF-16 code units). */
export type SyntaxProblem = {kind: SyntaxProblemKind; at: number; operator?: string};

type Token =
	| {kind: 'words'; at: number; words: SyntaxWord[]; quoted: boolean}
	| {kind: 'open' | 'close'; at: number}
	| {kind: 'title'; at: number}
	| {kind: 'operator'; at: number; operator: 'OR' | 'AND' | 'NOT' | '-'};

class SyntaxError extends Error {
	constructor(readonly problem: SyntaxProblem) {
		super(problem.kind);
	}
}

const openingQuotes = new Set(['"', '«', '„', '“']);
const closingQuotes = new Set(['"', '»', '“', '”']);
const titlePrefix = 'title:';

function wordsOf(text: string): SyntaxWord[] {
	const words: SyntaxWord[] = [];
	for (const match of text.matchAll(wordPattern())) {
		words.push({
			text: match[0].toLowerCase().replaceAll('ё', 'е').replaceAll(/[\u0300\u0301]/gu, ''),
			prefix: text[match.index + match[0].length] === '*',
		});
	}

	return words;
}

function isSpace(character: string | undefined): boolean {
	return character !== undefined && /\s/u.test(character);
}

function lex(text: string): Token[] {
	const tokens: Token[] = [];
	let index = 0;
	while (index < text.length) {
		const character = text[index]!;
		if (isSpace(character)) {
			index++;
		} else if (character === '(' || character === ')') {
			tokens.push({kind: character === '(' ? 'open' : 'close', at: index});
			index++;
		} else if (openingQuotes.has(character)) {
			let end = index + 1;
			while (end < text.length && !closingQuotes.has(text[end]!)) {
				end++;
			}

			if (end >= text.length) {
				throw new SyntaxError({kind: 'unclosed-quote', at: index});
			}

			tokens.push({kind: 'words', at: index, words: wordsOf(text.slice(index + 1, end)), quoted: true});
			index = end + 1;
		} else if (character === '-' && text[index + 1] !== undefined && !isSpace(text[index + 1]) && text[index + 1] !== '-') {
			tokens.push({kind: 'operator', at: index, operator: '-'});
			index++;
		} else {
			let end = index;
			while (end < text.length && !isSpace(text[end]) && text[end] !== '(' && text[end] !== ')' && !openingQuotes.has(text[end]!)) {
				end++;
			}

			let chunk = text.slice(index, end);
			let at = index;
			if (chunk.toLowerCase().startsWith(titlePrefix)) {
				tokens.push({kind: 'title', at});
				chunk = chunk.slice(titlePrefix.length);
				at += titlePrefix.length;
			}

			if (chunk === 'OR' || chunk === 'AND' || chunk === 'NOT') {
				tokens.push({kind: 'operator', at, operator: chunk});
			} else if (chunk !== '') {
				tokens.push({kind: 'words', at, words: wordsOf(chunk), quoted: false});
			}

			index = end;
		}
	}

	// Punctuation alone asks for nothing: dropped like the punctuation between words.
	return tokens.filter(token => token.kind !== 'words' || token.words.length > 0);
}

function withTitleOnly(node: SyntaxNode): SyntaxNode {
	switch (node.kind) {
		case 'phrase': {
			return {...node, titleOnly: true};
		}

		case 'not': {
			return {...node, child: withTitleOnly(node.child)};
		}

		default: {
			return {...node, children: node.children.map(child => withTitleOnly(child))};
		}
	}
}

function parseTokens(tokens: readonly Token[], textLength: number): SyntaxNode | undefined {
	let position = 0;
	const peek = () => tokens[position];
	const endsOperand = (token: Token | undefined) => token === undefined || token.kind === 'close' || (token.kind === 'operator' && (token.operator === 'OR' || token.operator === 'AND'));
	const missing = (token: Token & {kind: 'operator' | 'title'}) => new SyntaxError({
		kind: 'missing-operand',
		at: token.at,
		operator: token.kind === 'title' ? titlePrefix : token.operator,
	});

	function unary(): SyntaxNode {
		const token = peek()!;
		if (token.kind === 'operator' && (token.operator === 'NOT' || token.operator === '-')) {
			position++;
			if (endsOperand(peek())) {
				throw missing(token);
			}

			const child = unary();
			// "NOT -x" asks for x.
			return child.kind === 'not' ? child.child : {kind: 'not', child, at: token.at};
		}

		if (token.kind === 'title') {
			position++;
			if (endsOperand(peek())) {
				throw missing(token);
			}

			return withTitleOnly(unary());
		}

		if (token.kind === 'open') {
			position++;
			const inner = or();
			if (peek()?.kind !== 'close') {
				throw new SyntaxError({kind: 'unclosed-parenthesis', at: token.at});
			}

			position++;
			if (inner === undefined) {
				throw new SyntaxError({kind: 'missing-operand', at: token.at, operator: '()'});
			}

			return inner;
		}

		if (token.kind === 'words') {
			position++;
			return {kind: 'phrase', words: token.words, titleOnly: false};
		}

		// An OR or AND where a word should be.
		throw new SyntaxError({kind: 'missing-operand', at: token.at, operator: token.kind === 'operator' ? token.operator : ')'});
	}

	function and(): SyntaxNode | undefined {
		const children: SyntaxNode[] = [];
		while (!endsOperand(peek()) || peek()?.kind === 'operator' && (peek() as {operator: string}).operator === 'AND') {
			const token = peek()!;
			if (token.kind === 'operator' && token.operator === 'AND') {
				position++;
				if (children.length === 0 || endsOperand(peek())) {
					throw missing(token);
				}

				continue;
			}

			children.push(unary());
		}

		return children.length <= 1 ? children[0] : {kind: 'and', children};
	}

	function or(): SyntaxNode | undefined {
		const children: SyntaxNode[] = [];
		const first = and();
		if (first !== undefined) {
			children.push(first);
		}

		while (peek()?.kind === 'operator' && (peek() as {operator: string}).operator === 'OR') {
			const token = peek() as Token & {kind: 'operator'};
			position++;
			const next = and();
			if (children.length === 0 || next === undefined) {
				throw missing(token);
			}

			children.push(next);
		}

		return children.length <= 1 ? children[0] : {kind: 'or', children};
	}

	const root = or();
	const rest = peek();
	if (rest !== undefined) {
		throw new SyntaxError({kind: 'unexpected-parenthesis', at: rest.kind === 'close' ? rest.at : textLength});
	}

	return root;
}

/** Whether an issue can match the node by what it has rather than only by what it lacks. */
function asksForSomething(node: SyntaxNode): boolean {
	switch (node.kind) {
		case 'phrase': {
			return true;
		}

		case 'not': {
			return false;
		}

		case 'and': {
			return node.children.some(child => asksForSomething(child));
		}

		case 'or': {
			return node.children.every(child => asksForSomething(child));
		}
	}
}

function firstExclusion(node: SyntaxNode): number {
	switch (node.kind) {
		case 'phrase': {
			return Number.POSITIVE_INFINITY;
		}

		case 'not': {
			return node.at;
		}

		default: {
			return Math.min(...node.children.map(child => firstExclusion(child)));
		}
	}
}

/** The query's tree, undefined when it holds no word, or the first problem found. */
export function parseQuerySyntax(text: string): {root: SyntaxNode | undefined} | {problem: SyntaxProblem} {
	try {
		const root = parseTokens(lex(text), text.length);
		if (root !== undefined && !asksForSomething(root)) {
			return {problem: {kind: 'only-excluded', at: firstExclusion(root)}};
		}

		return {root};
	} catch (error) {
		if (error instanceof SyntaxError) {
			return {problem: error.problem};
		}

		throw error;
	}
}
