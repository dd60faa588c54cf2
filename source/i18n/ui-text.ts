import type {Language} from './locale.js';
import {russianPlural} from './russian-plural.js';

/** Everything the interactive reader shows, in English and Russian. */
export type UiText = {
	libraryCounts: (issues: number, unread: number) => string;
	/** The header's name for the archive bundled with bell-reader. */
	sampleArchive: string;
	columns: {date: string; title: string; state: string; time: string; reading: string};
	/** The count of issues the filter lets through, shown while it is typed. */
	matches: (count: number) => string;
	/** The next step on an empty archive. */
	howToImport: string;
	/** Esc on a library with nothing to clear. */
	escapeClearsOnly: string;
	filterPrompt: string;
	unreadOnly: string;
	noIssues: string;
	noMatches: string;
	stateUnread: string;
	stateRead: string;
	stateReading: (percent: number) => string;
	minutes: (count: number) => string;
	minutesLeft: (count: number) => string;
	page: (current: number, total: number) => string;
	/** The page while a long story is still being laid out: the count is not known yet. */
	pageOfUnknown: (current: number) => string;
	searchPrompt: string;
	searchMatches: (current: number, total: number) => string;
	searchNothing: (query: string) => string;
	searchNone: string;
	bookmarksHeader: (count: number) => string;
	noBookmarks: string;
	bookmarkAdded: string;
	bookmarkExists: string;
	bookmarkDeleted: string;
	bookmarkRestored: string;
	nothingToUndo: string;
	notePrompt: string;
	noteSaved: string;
	noteRemoved: string;
	bookmarkMissingIssue: string;
	teasersHeader: (count: number) => string;
	noTeasers: string;
	teaserNotStored: string;
	noNextIssue: string;
	noPreviousIssue: string;
	noUnreadIssue: string;
	hyphenation: (on: boolean) => string;
	helpHeader: (screen: string) => string;
	helpFooter: string;
	screenNames: Record<'library' | 'reader' | 'bookmarks' | 'teasers' | 'help', string>;
	widthChanged: (width: number) => string;
	markedRead: string;
	markedUnread: string;
	/** The terminal's size and the smallest that works. */
	tooSmall: (size: {columns: number; rows: number}, needed: {columns: number; rows: number}) => string;
	undated: string;
	/** While the archive's files are first read. */
	readingArchive: (done: number, total: number) => string;
};

const english: UiText = {
	libraryCounts: (issues, unread) => `${issues} ${issues === 1 ? 'issue' : 'issues'} · ${unread} unread`,
	sampleArchive: 'sample archive',
	escapeClearsOnly: 'Esc clears a filter; q quits.',
	columns: {date: 'date', title: 'title', state: 'state', time: 'time', reading: 'reading'},
	matches: count => `${count} ${count === 1 ? 'match' : 'matches'}`,
	howToImport: 'Import issues: bell-reader import <files or folder>',
	filterPrompt: 'Filter: ',
	unreadOnly: 'unread only',
	noIssues: 'No issues in this archive.',
	noMatches: 'Nothing matches.',
	stateUnread: 'unread',
	stateRead: 'read',
	stateReading: percent => `reading ${percent}%`,
	minutes: count => `${count} min`,
	minutesLeft: count => (count <= 0 ? 'done' : `${count} min left`),
	page: (current, total) => `${current}/${total}`,
	pageOfUnknown: current => `${current}/…`,
	searchPrompt: 'Search: ',
	searchMatches: (current, total) => `match ${current}/${total}`,
	searchNothing: query => `"${query}" not found`,
	searchNone: 'No search yet: press / to search.',
	bookmarksHeader: count => `Bookmarks · ${count}`,
	noBookmarks: 'No bookmarks yet: press m while reading.',
	bookmarkAdded: 'Bookmarked.',
	bookmarkExists: 'Already bookmarked here.',
	bookmarkDeleted: 'Bookmark deleted: u undoes.',
	bookmarkRestored: 'Bookmark restored.',
	nothingToUndo: 'Nothing to undo.',
	notePrompt: 'Note: ',
	noteSaved: 'Note saved.',
	noteRemoved: 'Note removed.',
	bookmarkMissingIssue: 'That issue is no longer in the archive.',
	teasersHeader: count => `Other issues · ${count}`,
	noTeasers: 'This issue has no teasers.',
	teaserNotStored: 'That issue is not in the archive.',
	noNextIssue: 'This is the last issue.',
	noPreviousIssue: 'This is the first issue.',
	noUnreadIssue: 'No unread issues further on.',
	hyphenation: on => (on ? 'Hyphenation on.' : 'Hyphenation off.'),
	helpHeader: screen => `Keys · ${screen}`,
	helpFooter: 'Any key returns.',
	screenNames: {library: 'library', reader: 'reader', bookmarks: 'bookmarks', teasers: 'teasers', help: 'help'},
	widthChanged: width => `Text width ${width}.`,
	markedRead: 'Marked read.',
	markedUnread: 'Marked unread.',
	tooSmall: (size, needed) => `Terminal too small: needs ${needed.columns}×${needed.rows} or more (now ${size.columns}×${size.rows}).`,
	undated: 'no date',
	readingArchive: (done, total) => `Reading the archive: ${done} of ${total} files (${Math.floor((done / total) * 100)}%)…`,
};

const russian: UiText = {
	libraryCounts: (issues, unread) => `${issues} ${russianPlural(issues, 'выпуск', 'выпуска', 'выпусков')} · ${unread} ${russianPlural(unread, 'непрочитанный', 'непрочитанных', 'непрочитанных')}`,
	sampleArchive: 'пример архива',
	escapeClearsOnly: 'Esc сбрасывает фильтр; выход — q.',
	columns: {date: 'дата', title: 'заголовок', state: 'статус', time: 'время', reading: 'читаю'},
	matches: count => `${count} ${russianPlural(count, 'совпадение', 'совпадения', 'совпадений')}`,
	howToImport: 'Добавить выпуски: bell-reader import <файлы или папка>',
	filterPrompt: 'Фильтр: ',
	unreadOnly: 'только непрочитанные',
	noIssues: 'В архиве нет выпусков.',
	noMatches: 'Ничего не найдено.',
	stateUnread: 'новый',
	stateRead: 'прочитан',
	stateReading: percent => `читаю ${percent}%`,
	minutes: count => `${count} мин`,
	minutesLeft: count => (count <= 0 ? 'дочитано' : `осталось ${count} мин`),
	page: (current, total) => `${current}/${total}`,
	pageOfUnknown: current => `${current}/…`,
	searchPrompt: 'Поиск: ',
	searchMatches: (current, total) => `совпадение ${current}/${total}`,
	searchNothing: query => `«${query}» не найдено`,
	searchNone: 'Поиска ещё не было: нажмите /.',
	bookmarksHeader: count => `Закладки · ${count}`,
	noBookmarks: 'Закладок пока нет: нажмите m во время чтения.',
	bookmarkAdded: 'Закладка добавлена.',
	bookmarkExists: 'Здесь уже есть закладка.',
	bookmarkDeleted: 'Закладка удалена: u — вернуть.',
	bookmarkRestored: 'Закладка возвращена.',
	nothingToUndo: 'Нечего возвращать.',
	notePrompt: 'Заметка: ',
	noteSaved: 'Заметка сохранена.',
	noteRemoved: 'Заметка удалена.',
	bookmarkMissingIssue: 'Этого выпуска больше нет в архиве.',
	teasersHeader: count => `Другие выпуски · ${count}`,
	noTeasers: 'В этом выпуске нет анонсов.',
	teaserNotStored: 'Этого выпуска нет в архиве.',
	noNextIssue: 'Это последний выпуск.',
	noPreviousIssue: 'Это первый выпуск.',
	noUnreadIssue: 'Дальше непрочитанных выпусков нет.',
	hyphenation: on => (on ? 'Переносы включены.' : 'Переносы выключены.'),
	helpHeader: screen => `Клавиши · ${screen}`,
	helpFooter: 'Любая клавиша — назад.',
	screenNames: {library: 'библиотека', reader: 'чтение', bookmarks: 'закладки', teasers: 'анонсы', help: 'справка'},
	widthChanged: width => `Ширина текста ${width}.`,
	markedRead: 'Отмечен как прочитанный.',
	markedUnread: 'Отмечен как непрочитанный.',
	tooSmall: (size, needed) => `Окно слишком мало: нужно от ${needed.columns}×${needed.rows} (сейчас ${size.columns}×${size.rows}).`,
	undated: 'без даты',
	readingArchive: (done, total) => `Чтение архива: ${done} из ${total} ${russianPlural(total, 'файла', 'файлов', 'файлов')} (${Math.floor((done / total) * 100)}%)…`,
};

export function uiText(language: Language): UiText {
	return language === 'ru' ? russian : english;
}
