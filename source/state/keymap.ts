import type {Language} from '../i18n/locale.js';

/**
 * The key map as data: it drives both input handling and the help screen,
 * so the two can never disagree.
 */

export type Screen = 'library' | 'reader' | 'bookmarks' | 'teasers' | 'help';

/** Named keys as {@link keyNameOf} reports them; anything else is the character itself. */
export type KeyName =
	| 'up' | 'down' | 'left' | 'right' | 'pageup' | 'pagedown' | 'home' | 'end'
	| 'enter' | 'escape' | 'space' | 'backspace' | 'tab' | 'ctrl-c'
	/** Ctrl with a letter: `ctrl-d`, `ctrl-u` … */
	| `ctrl-${string}`
	| (string & {});

export type Intent =
	| 'move-up' | 'move-down' | 'page-up' | 'page-down' | 'first' | 'last'
	| 'open' | 'filter' | 'toggle-unread-only' | 'toggle-read' | 'bookmarks' | 'quit' | 'back' | 'help'
	| 'line-down' | 'line-up' | 'previous-section' | 'next-section' | 'bookmark-here'
	| 'search' | 'next-match' | 'previous-match' | 'teasers' | 'wider' | 'narrower'
	| 'delete' | 'force-quit'
	| 'half-page-down' | 'half-page-up' | 'next-issue' | 'previous-issue' | 'next-unread'
	| 'toggle-hyphenation' | 'library'
	| 'clear-filter' | 'edit-note' | 'undo' | 'fetch';

export type Binding = {
	keys: readonly KeyName[];
	intent: Intent;
	/** How the keys are written on the help screen. */
	label: string;
	help: Record<Language, string>;
	/** A shorter text for the hint line at the bottom of a screen, when the help's is long. */
	hint?: Record<Language, string>;
};

/**
 * Leads the row of a teaser whose issue is not in the archive: at the start it stays
 * visible however long the title, and the help names it.
 */
export const notStoredMark = '×';

const quit: Binding = {keys: ['ctrl-c'], intent: 'force-quit', label: 'Ctrl+C', help: {en: 'quit bell-reader', ru: 'выйти из bell-reader'}};
const help: Binding = {keys: ['?'], intent: 'help', label: '?', help: {en: 'this help', ru: 'эта справка'}};

export const keymap: Record<Screen, readonly Binding[]> = {
	library: [
		{keys: ['up', 'k'], intent: 'move-up', label: '↑ k', help: {en: 'previous issue', ru: 'предыдущий выпуск'}},
		{keys: ['down', 'j'], intent: 'move-down', label: '↓ j', help: {en: 'next issue', ru: 'следующий выпуск'}},
		{keys: ['pageup'], intent: 'page-up', label: 'PgUp', help: {en: 'page up', ru: 'страница вверх'}},
		{keys: ['pagedown'], intent: 'page-down', label: 'PgDn', help: {en: 'page down', ru: 'страница вниз'}},
		{keys: ['g', 'home'], intent: 'first', label: 'g Home', help: {en: 'first issue', ru: 'первый выпуск'}},
		{keys: ['G', 'end'], intent: 'last', label: 'G End', help: {en: 'last issue', ru: 'последний выпуск'}},
		{keys: ['enter'], intent: 'open', label: 'Enter', help: {en: 'open the issue', ru: 'открыть выпуск'}},
		{keys: ['/'], intent: 'filter', label: '/', help: {en: 'filter by title and text; while typing ↑↓ select, Enter opens, Ctrl-U clears', ru: 'фильтр по заголовку и тексту; при вводе ↑↓ — выбор, Enter — открыть, Ctrl-U — стереть'}, hint: {en: 'filter', ru: 'фильтр'}},
		{keys: ['escape'], intent: 'clear-filter', label: 'Esc', help: {en: 'clear the filter (never quits)', ru: 'сбросить фильтр (не выходит)'}},
		{keys: ['u'], intent: 'toggle-unread-only', label: 'u', help: {en: 'unread only', ru: 'только непрочитанные'}},
		{keys: ['r'], intent: 'toggle-read', label: 'r', help: {en: 'mark read / unread', ru: 'отметить прочитанным / нет'}},
		{keys: ['B'], intent: 'bookmarks', label: 'B', help: {en: 'bookmarks', ru: 'закладки'}},
		{keys: ['F'], intent: 'fetch', label: 'F', help: {en: 'fetch new issues from your subscriptions', ru: 'загрузить новые выпуски из подписок'}},
		help,
		{keys: ['q'], intent: 'quit', label: 'q', help: {en: 'quit', ru: 'выйти'}},
		quit,
	],
	reader: [
		{keys: ['space', 'pagedown', 'f', 'ctrl-f', 'right'], intent: 'page-down', label: 'Space f ^F →', help: {en: 'next page', ru: 'следующая страница'}},
		{keys: ['b', 'pageup', 'backspace', 'ctrl-b', 'left'], intent: 'page-up', label: 'b ^B ← Bksp', help: {en: 'previous page', ru: 'предыдущая страница'}},
		{keys: ['ctrl-d', 'd'], intent: 'half-page-down', label: '^D d', help: {en: 'half a page down', ru: 'полстраницы вниз'}},
		{keys: ['ctrl-u', 'u'], intent: 'half-page-up', label: '^U u', help: {en: 'half a page up', ru: 'полстраницы вверх'}},
		{keys: ['j', 'down', 'e', 'enter'], intent: 'line-down', label: 'j e ↓ Enter', help: {en: 'one line down', ru: 'строка вниз'}},
		{keys: ['k', 'up', 'y'], intent: 'line-up', label: 'k y ↑', help: {en: 'one line up', ru: 'строка вверх'}},
		{keys: ['g', 'home'], intent: 'first', label: 'g Home', help: {en: 'start of the story', ru: 'начало текста'}},
		{keys: ['G', 'end'], intent: 'last', label: 'G End', help: {en: 'last screen: the end of the story', ru: 'последний экран: конец текста'}},
		{keys: ['['], intent: 'previous-section', label: '[', help: {en: 'previous section', ru: 'предыдущий раздел'}},
		{keys: [']'], intent: 'next-section', label: ']', help: {en: 'next section', ru: 'следующий раздел'}},
		{keys: ['m'], intent: 'bookmark-here', label: 'm', help: {en: 'bookmark the top line', ru: 'закладка на верхней строке'}},
		{keys: ['B'], intent: 'bookmarks', label: 'B', help: {en: 'bookmarks', ru: 'закладки'}},
		{keys: ['/'], intent: 'search', label: '/', help: {en: 'search in the story (Esc keeps the last)', ru: 'поиск в тексте (Esc — оставить прежний)'}},
		{keys: ['n'], intent: 'next-match', label: 'n', help: {en: 'next match', ru: 'следующее совпадение'}},
		{keys: ['N'], intent: 'previous-match', label: 'N', help: {en: 'previous match', ru: 'предыдущее совпадение'}},
		{keys: ['t'], intent: 'teasers', label: 't', help: {en: 'teasers: open a linked issue', ru: 'анонсы: открыть связанный выпуск'}},
		{keys: ['J'], intent: 'next-issue', label: 'J', help: {en: 'next issue in the library', ru: 'следующий выпуск в библиотеке'}},
		{keys: ['K'], intent: 'previous-issue', label: 'K', help: {en: 'previous issue in the library', ru: 'предыдущий выпуск в библиотеке'}},
		{keys: ['U'], intent: 'next-unread', label: 'U', help: {en: 'next unread issue', ru: 'следующий непрочитанный выпуск'}},
		{keys: ['r'], intent: 'toggle-read', label: 'r', help: {en: 'mark read / unread; only reading to the end marks, not G ] n', ru: 'прочитан / нет; отмечает лишь чтение до конца, не G ] n'}},
		{keys: ['+', '='], intent: 'wider', label: '+', help: {en: 'wider text', ru: 'шире текст'}},
		{keys: ['-'], intent: 'narrower', label: '-', help: {en: 'narrower text', ru: 'уже текст'}},
		{keys: ['H'], intent: 'toggle-hyphenation', label: 'H', help: {en: 'hyphenation on / off (saved)', ru: 'переносы слов: вкл. / выкл. (сохраняется)'}},
		help,
		{keys: ['q', 'escape'], intent: 'back', label: 'q Esc', help: {en: 'back (to the shell if opened from it)', ru: 'назад (в shell, если открыт из него)'}},
		{keys: ['L'], intent: 'library', label: 'L', help: {en: 'the library', ru: 'библиотека'}},
		quit,
	],
	bookmarks: [
		{keys: ['up', 'k'], intent: 'move-up', label: '↑ k', help: {en: 'previous bookmark', ru: 'предыдущая закладка'}},
		{keys: ['down', 'j'], intent: 'move-down', label: '↓ j', help: {en: 'next bookmark', ru: 'следующая закладка'}},
		{keys: ['enter'], intent: 'open', label: 'Enter', help: {en: 'jump to the bookmark', ru: 'перейти к закладке'}},
		{keys: ['n'], intent: 'edit-note', label: 'n', help: {en: 'add or edit a note (Enter saves, Esc cancels)', ru: 'добавить или изменить заметку (Enter — сохранить, Esc — отмена)'}, hint: {en: 'note', ru: 'заметка'}},
		{keys: ['d', 'backspace'], intent: 'delete', label: 'd', help: {en: 'delete the bookmark', ru: 'удалить закладку'}},
		{keys: ['u'], intent: 'undo', label: 'u', help: {en: 'undo the last delete', ru: 'вернуть удалённую закладку'}},
		help,
		{keys: ['q', 'escape'], intent: 'back', label: 'q Esc', help: {en: 'back', ru: 'назад'}},
		quit,
	],
	teasers: [
		{keys: ['up', 'k'], intent: 'move-up', label: '↑ k', help: {en: 'previous teaser', ru: 'предыдущий анонс'}},
		{keys: ['down', 'j'], intent: 'move-down', label: '↓ j', help: {en: 'next teaser', ru: 'следующий анонс'}},
		{keys: ['enter'], intent: 'open', label: 'Enter', help: {en: `open the linked issue (${notStoredMark} not in the archive)`, ru: `открыть связанный выпуск (${notStoredMark} — нет в архиве)`}},
		help,
		{keys: ['q', 'escape'], intent: 'back', label: 'q Esc', help: {en: 'back to the story', ru: 'назад к тексту'}},
		quit,
	],
	help: [
		{keys: ['down', 'j'], intent: 'line-down', label: '↓ j', help: {en: 'scroll down', ru: 'прокрутить вниз'}},
		{keys: ['up', 'k'], intent: 'line-up', label: '↑ k', help: {en: 'scroll up', ru: 'прокрутить вверх'}},
		{keys: ['space', 'pagedown', 'f'], intent: 'page-down', label: 'Space PgDn', help: {en: 'page down', ru: 'страница вниз'}},
		{keys: ['b', 'pageup'], intent: 'page-up', label: 'b PgUp', help: {en: 'page up', ru: 'страница вверх'}},
		{keys: ['g', 'home'], intent: 'first', label: 'g', help: {en: 'top', ru: 'в начало'}},
		{keys: ['G', 'end'], intent: 'last', label: 'G', help: {en: 'bottom', ru: 'в конец'}},
		{keys: ['q', 'escape'], intent: 'back', label: 'q', help: {en: 'back (so does any other key)', ru: 'назад (как и любая другая клавиша)'}, hint: {en: 'back', ru: 'назад'}},
		quit,
	],
};

/** What a key means on a screen, if anything. */
export function intentFor(screen: Screen, key: KeyName): Intent | undefined {
	return keymap[screen].find(binding => binding.keys.includes(key))?.intent;
}

/** The help screen's rows for a screen: keys and what they do. */
export function helpRows(screen: Screen, language: Language): Array<{keys: string; action: string}> {
	return keymap[screen].map(binding => ({keys: binding.label, action: binding.help[language]}));
}

/** A short hint line for the bottom of a screen, from the same bindings. */
export function hintFor(screen: Screen, intents: readonly Intent[], language: Language): string {
	return intents
		.map(intent => keymap[screen].find(binding => binding.intent === intent))
		.filter((binding): binding is Binding => binding !== undefined)
		.map(binding => `${binding.label.split(' ')[0]} ${(binding.hint ?? binding.help)[language]}`)
		.join('  ');
}
