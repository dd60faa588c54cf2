import type {Language} from '../i18n/locale.js';

/** `bell-reader --help`: every command and flag, with examples. */

// Commands read the same in both languages.
const examples = `  $ bell-reader latest | head -3
  $ bell-reader list
  $ bell-reader read 2026-03 --width 72
  $ bell-reader export latest --format markdown > issue.md
  $ bell-reader export all --format json --out ~/bell-json
  $ bell-reader mark 2026-11-20 --unread
  $ bell-reader bookmarks --json
  $ bell-reader import ~/Mail/thebell.mbox ~/Downloads/thebell-feed.xml
  $ bell-reader import ~/saved-pages --dry-run
  $ bell-reader search '"ключевая ставка"' --json --limit 5`;

const english = `bell-reader — a terminal reader for newsletter archives

Usage
  bell-reader                     the library; prints the list when output is not a terminal
  bell-reader latest              read the newest issue (prints it when output is not a terminal)
  bell-reader read <issue>        read one issue; <issue> is an id, a unique prefix of one, or latest
  bell-reader list [--json]       issues, newest first: id, date, state, title (tab-separated)
  bell-reader export <issue|latest|all> [--format text|markdown|json] [--width N] [--full] [--out DIR]
  bell-reader mark <issue> [--unread]
  bell-reader bookmarks [--json]  bookmarks across the archive: issue, place, created, title, excerpt
  bell-reader import <path…> [--dry-run] [--json]
                                  add newsletters to your archive from page dumps (.txt), Markdown,
                                  saved pages (.html), e-mails (.eml), mailboxes (mbox), RSS/Atom
                                  feeds and Substack exports (folder or .zip); folders are searched
  bell-reader search <query> [--json] [--limit N]
                     [--since D] [--until D] [--sort S]
                                  every form of a word matches (лёд finds льда); "a phrase",
                                  prefix*, OR, NOT or -word, (groups), title:word

Flags
  --archive DIR     the archive to read (also BELL_READER_ARCHIVE); default: your archive
                    in $XDG_DATA_HOME/bell-reader/archive, else the bundled sample archive
  --json            machine-readable output (list, bookmarks, search, import)
  --limit N         search: at most N results (1–1000, default 10)
  --since D         search: issues dated D (YYYY-MM-DD) or later; --until D: or earlier
  --sort S          search: relevance (default) or date (newest first)
  --format F        export format: text (default), markdown or json
  --width N         hard-wrap text at N columns (10–1000; export, latest, read)
  --hyphenate       with --width: hyphenate long Russian words
  --full            include teasers of other issues and notices (export, latest, read)
  --out DIR         export: write one file per issue into DIR, named after its id
  --unread          mark: mark as unread (forgets the reading position)
  --dry-run         import: say what would be imported, write nothing
  -h, --help        this help
  --version         the version

Examples
${examples}
import writes into --archive DIR (or BELL_READER_ARCHIVE), else into your archive in
$XDG_DATA_HOME/bell-reader/archive (never into the bundled sample); it skips duplicates and
exits 1 when some input could not be imported.

In a terminal, bell-reader opens the library and the reader full-screen; press ? there for keys.
State (read marks, positions, bookmarks) lives in $XDG_CONFIG_HOME/bell-reader/config.json
(~/.config/bell-reader/config.json); the search index in $XDG_CACHE_HOME/bell-reader
(~/.cache/bell-reader), kept up to date by itself. NO_COLOR and FORCE_COLOR are honoured.
Exit codes: 0 done, 1 runtime error (unknown issue, unreadable archive), 2 usage error.
`;

const russian = `bell-reader — читалка архивов рассылок в терминале

Использование
  bell-reader                     библиотека; если вывод не в терминал — список выпусков
  bell-reader latest              читать самый свежий выпуск (вне терминала — печать текста)
  bell-reader read <выпуск>       читать выпуск; <выпуск> — id, его уникальное начало или latest
  bell-reader list [--json]       выпуски от новых к старым: id, дата, состояние, заголовок (через табуляцию)
  bell-reader export <выпуск|latest|all> [--format text|markdown|json] [--width N] [--full] [--out ПАПКА]
  bell-reader mark <выпуск> [--unread]
  bell-reader bookmarks [--json]  закладки по всему архиву: выпуск, место, дата, заголовок, отрывок
  bell-reader import <путь…> [--dry-run] [--json]
                                  добавить рассылки в ваш архив: текстовые копии страниц (.txt), Markdown,
                                  сохраненные страницы (.html), письма (.eml), почтовые ящики (mbox),
                                  ленты RSS/Atom и выгрузки Substack (папка или .zip); папки просматриваются
  bell-reader search <запрос> [--json] [--limit N]
                     [--since Д] [--until Д] [--sort S]
                                  слово находится в любой форме (лёд найдет льда); "фраза",
                                  префикс*, OR, NOT или -слово, (группы), title:слово

Флаги
  --archive ПАПКА   какой архив читать (или BELL_READER_ARCHIVE); по умолчанию — ваш архив
                    в $XDG_DATA_HOME/bell-reader/archive, иначе встроенный пример
  --json            вывод для программ (list, bookmarks, search, import)
  --limit N         search: не больше N результатов (1–1000, по умолчанию 10)
  --since Д         search: выпуски с даты Д (ГГГГ-ММ-ДД); --until Д: по дату Д
  --sort S          search: relevance (по умолчанию) или date (сначала новые)
  --format F        формат экспорта: text (по умолчанию), markdown или json
  --width N         переносить строки по ширине N колонок (10–1000; export, latest, read)
  --hyphenate       вместе с --width: переносить длинные слова по слогам
  --full            добавить анонсы других выпусков и служебные пометки (export, latest, read)
  --out ПАПКА       export: записать по файлу на выпуск в ПАПКУ, с именем по id
  --unread          mark: отметить как непрочитанный (позиция чтения забывается)
  --dry-run         import: показать, что будет импортировано, ничего не записывая
  -h, --help        эта справка
  --version         версия

Примеры
${examples}
import пишет в --archive ПАПКА (или BELL_READER_ARCHIVE), иначе в ваш архив
$XDG_DATA_HOME/bell-reader/archive (никогда во встроенный пример); дубликаты пропускаются,
код выхода 1 — если что-то не удалось импортировать.

В терминале bell-reader открывает библиотеку и чтение на весь экран; клавиши — по ?.
Состояние (прочитанное, позиции, закладки) хранится в $XDG_CONFIG_HOME/bell-reader/config.json
(~/.config/bell-reader/config.json), поисковый индекс — в $XDG_CACHE_HOME/bell-reader
(~/.cache/bell-reader), он обновляется сам. Учитываются NO_COLOR и FORCE_COLOR.
Коды выхода: 0 — готово, 1 — ошибка выполнения (нет выпуска, архив не читается), 2 — ошибка в аргументах.
`;

export function helpText(language: Language): string {
	return language === 'ru' ? russian : english;
}
