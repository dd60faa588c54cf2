/**
 * What the parser must find in each issue of the bundled sample archive (`archive/`).
 *
 * Hand-checked against the files. Strings are exact (for the windows-1251 file: the decoded
 * text; for CRLF files: without the CR). The disclaimer is copied byte for byte from a real
 * stored issue, including its no-break space after «И» (U+00A0); story paragraphs in the
 * middle of some files also contain no-break spaces before «—», but none of the strings below
 * (titles, headings, first/last paragraphs, teaser titles) does.
 *
 * Counting rules: a run of bullet (or numbered) lines of the same kind is one list block, also
 * when its items are separated by blank lines; a single `* …` line that explains a `Word*`
 * marker is a footnote block; `loading`, the `The Bell` author line, `Скопировать ссылку` and
 * the notices are not story blocks; the title is not a block.
 *
 * Variants of a stored issue covered, file by file:
 *  1. `loading` first line: oil-budget, ai-chips, sanctions-payments, real-estate, gold;
 *     no `loading`: cbr-rate, bank-nationalisation, marketplaces, tech-ipo, labour-shortage.
 *  2. author line `The Bell` under the title: cbr-rate, real-estate, tech-ipo (tech-ipo: author
 *     line, then the disclaimer).
 *  3. disclaimer under the title: oil-budget (+ 18+), bank-nationalisation (then `18+` alone),
 *     tech-ipo (+ 18+); disclaimer at the end: cbr-rate, ai-chips, sanctions-payments (+ 18+),
 *     marketplaces (+ 18+), real-estate (+ 18+, between teasers), labour-shortage (+ 18+), gold.
 *  4. `18+` alone on a line: ai-chips (last line), bank-nationalisation (under the title, right
 *     after the disclaimer), gold (last line); ` 18+` at the end of the disclaimer line:
 *     oil-budget, sanctions-payments, marketplaces, real-estate, tech-ipo, labour-shortage.
 *  5. bullets `  • `: oil-budget, sanctions-payments, real-estate (items separated by blank
 *     lines), gold; `- `: ai-chips, labour-shortage; `* `: bank-nationalisation; numbered
 *     `1. `: cbr-rate, marketplaces, labour-shortage, gold. Markdown: `-` and `1.` lists in both.
 *  6. question sub-headings: most files; «quoted»: cbr-rate, bank-nationalisation, marketplaces,
 *     tech-ipo; plain: oil-budget («Реакция рынка»), ai-chips (all plain), labour-shortage, …
 *  7. footnote with an inline marker: ai-chips (`Андрей Веснин*`, `* признан в РФ иноагентом`),
 *     real-estate (`«Фонда открытых городов»*` — the marker follows a closing quote —,
 *     `* организация признана в РФ нежелательной`), gold (`Олег Трегубов*`).
 *  8. no `Скопировать ссылку`, no teasers: marketplaces (story, disclaimer + 18+, promo).
 *  9. no teasers but the copy-link line: sanctions-payments (copy-link, promo, disclaimer).
 * 10. `Скопировать ссылку` right after the last paragraph (single newline): cbr-rate.
 * 11. CRLF line endings: bank-nationalisation.
 * 12. windows-1251, no BOM: sanctions-payments (only 3.7 KB in 1251).
 * 13. UTF-8 BOM: ai-chips.
 * 14. teasers pointing at sample issues (11 links): cbr-rate → oil-budget (case: «НЕФТЬ ПО 52
 *     ДОЛЛАРА»), ai-chips → cbr-rate (ё/е: «все-таки»), ai-chips → oil-budget (exact),
 *     bank-nationalisation → ai-chips (exact), real-estate → marketplaces ("" instead of «»),
 *     real-estate → bank-nationalisation (two spaces after the first sentence), tech-ipo →
 *     data-centers (exact; a Markdown issue), tech-ipo → sanctions-payments (exact; the 1251
 *     file), labour-shortage → tech-ipo (case: «Ipo»), gold → grain-exports (exact; the
 *     Markdown issue without a date prefix), gold → labour-shortage (exact). Teasers not in the
 *     archive (id null): oil-budget ×3 and one in each of the other files with teasers.
 * 15. no promo: real-estate, gold (and both Markdown files); promo at the very end: cbr-rate,
 *     marketplaces, labour-shortage.
 * Also: no final newline after the last line in oil-budget, sanctions-payments and gold (as in
 * the real seed). Markdown: data-centers has an unquoted `date: 2026-07-10` (a YAML 1.1 reader
 * such as js-yaml makes it a timestamp) and a block tag list; grain-exports (no date prefix:
 * its date comes from front matter only) has a quoted date, a flow tag list and one paragraph
 * hard-wrapped over four lines (soft breaks).
 * Order after the story: oil-budget: copy-link, teaser, teaser, promo, teaser; cbr-rate:
 * copy-link, teaser, teaser, disclaimer, promo; ai-chips: copy-link, 3 teasers, promo,
 * disclaimer, 18+; bank-nationalisation: copy-link, promo, teaser, teaser; sanctions-payments:
 * copy-link, promo, disclaimer; marketplaces: disclaimer, promo; real-estate: copy-link,
 * teaser, teaser, disclaimer, teaser; tech-ipo: copy-link, teaser, promo, teaser, teaser;
 * labour-shortage: copy-link, teaser, teaser, disclaimer, promo; gold: copy-link, 3 teasers,
 * disclaimer, 18+.
 */

export type SampleExpectation = {
	/** File name in archive/, e.g. '2026-03-14-cbr-rate.txt'. */
	file: string;
	/** File name without extension. */
	id: string;
	/** Exact title. */
	title: string;
	/** YYYY-MM-DD. */
	date: string;
	format: 'page-dump' | 'markdown';
	/** The sub-headings, in order, exact text (Markdown: without the ##). */
	headings: string[];
	blocks: {paragraph: number; heading: number; list: number; quote: number; footnote: number};
	/** Item count of each list block, in order. */
	listItems: number[];
	/** Ordered flag of each list block, in order. */
	orderedLists: boolean[];
	/** Exact teaser titles in order; id = the sample issue it points to, or null. */
	teasers: Array<{title: string; id: string | null}>;
	/** Exact text of each notice line, in order of appearance. */
	notices: string[];
	/** Exact text of the first story paragraph. */
	firstParagraph: string;
	/** Exact text of the last story paragraph (a paragraph block, not a list/footnote). */
	lastParagraph: string;
};

/** The capitals foreign-agent disclaimer, as in the real seed (note the U+00A0 after «И»). */
export const disclaimer =
	'НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И\u00a0РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ THE BELL ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА THE BELL.';
/** The disclaimer with the age mark on the same line. */
export const disclaimer18 = `${disclaimer} 18+`;
/** The promo line. */
export const promo = 'Рассылки The Bell стали платными. Подписывайтесь!';

export const sampleExpectations: SampleExpectation[] = [
	{
		file: '2025-12-01-oil-budget.txt',
		id: '2025-12-01-oil-budget',
		title: 'Нефть по 52 доллара. Как Минфин будет латать бюджет 2026 года',
		date: '2025-12-01',
		format: 'page-dump',
		headings: [
			'Что случилось?',
			'Сколько не хватает?',
			'Какие есть варианты?',
			'Реакция рынка',
			'Что дальше?',
		],
		blocks: {paragraph: 11, heading: 5, list: 1, quote: 0, footnote: 0},
		listItems: [4],
		orderedLists: [false],
		teasers: [
			{title: 'Санкции против танкеров. Сколько судов «теневого флота» осталось у России', id: null},
			{title: 'Кто платит за крепкий рубль. Экспортеры просят ЦБ о помощи', id: null},
			{title: 'Налоги на богатых. Что изменится для владельцев бизнеса с 1 января', id: null},
		],
		notices: [disclaimer18, promo],
		firstParagraph:
			'Средняя цена Urals в ноябре опустилась до $52,4 за баррель — это минимум с весны 2023 года и почти на $7 ниже цены, заложенной в бюджет на следующий год. Нефтегазовые доходы федерального бюджета за одиннадцать месяцев сократились на 22% в годовом выражении, следует из оперативных данных Минфина, опубликованных в понедельник.',
		lastParagraph:
			'Большинство опрошенных агентством Reuters аналитиков ожидают, что средняя цена Brent в первом квартале 2026 года останется в диапазоне $60–65 за баррель. Для российской нефти это означает цену около $50, если дисконт не сократится. В таком сценарии вопрос о корректировке бюджета встанет уже в марте, а не летом, как планирует правительство.',
	},
	{
		file: '2026-01-16-cbr-rate.txt',
		id: '2026-01-16-cbr-rate',
		title: 'Ставку снизили до 14%. Почему ЦБ всё-таки решился и что будет с вкладами',
		date: '2026-01-16',
		format: 'page-dump',
		headings: [
			'«Инфляция замедляется быстрее, чем мы ожидали»',
			'Почему не раньше?',
			'Что будет с вкладами',
			'А что с кредитами?',
		],
		blocks: {paragraph: 10, heading: 4, list: 1, quote: 0, footnote: 0},
		listItems: [4],
		orderedLists: [true],
		teasers: [
			{title: 'НЕФТЬ ПО 52 ДОЛЛАРА. Как Минфин будет латать бюджет 2026 года', id: '2025-12-01-oil-budget'},
			{title: 'Зарплаты растут медленнее цен. Что показывают данные Сбера о доходах россиян', id: null},
		],
		notices: [disclaimer, promo],
		firstParagraph:
			'Банк России в пятницу снизил ключевую ставку на 200 базисных пунктов, до 14% годовых. Большинство аналитиков, опрошенных Reuters накануне заседания, ждали шага в 100 б. п., а часть не исключала паузы. Рубль после решения ослаб на 1,2% к юаню, индекс Мосбиржи вырос на 2,7%.',
		lastParagraph:
			'Следующее заседание совета директоров по ключевой ставке пройдет 13 марта. Фьючерсы на ставку RUONIA на Мосбирже закладывают снижение еще на 100 б. п. на нем и выход ставки к 12% к середине года.',
	},
	{
		file: '2026-02-09-ai-chips.txt',
		id: '2026-02-09-ai-chips',
		title: 'Чипы без Nvidia. Кто и на чем собирает российские ИИ-серверы',
		date: '2026-02-09',
		format: 'page-dump',
		headings: [
			'Параллельный импорт',
			'Кто покупает',
			'Отечественная альтернатива',
			'Китайский вариант',
		],
		blocks: {paragraph: 9, heading: 4, list: 1, quote: 0, footnote: 1},
		listItems: [4],
		orderedLists: [false],
		teasers: [
			{title: 'Ставку снизили до 14%. Почему ЦБ все-таки решился и что будет с вкладами', id: '2026-01-16-cbr-rate'},
			{title: 'Нефть по 52 доллара. Как Минфин будет латать бюджет 2026 года', id: '2025-12-01-oil-budget'},
			{title: 'Робот-юрист. Как нейросети меняют работу крупных юридических фирм', id: null},
		],
		notices: [promo, disclaimer, '18+'],
		firstParagraph:
			'Российские компании за 2025 год ввезли ускорителей для искусственного интеллекта примерно на $1,1 млрд, подсчитали аналитики консалтинговой группы «Кремний-Аналитика» по данным таможенной статистики Китая, Казахстана и ОАЭ. Почти все эти чипы произведены Nvidia, хотя компания ушла из России еще в 2022 году и официально ничего сюда не продает.',
		lastParagraph:
			'Один из крупнейших российских облачных операторов в январе первым объявил о запуске кластера на ускорителях Ascend 910C. В компании признали, что час вычислений на нем обходится клиентам на 30% дороже, чем на американском оборудовании, зато поставки «предсказуемы».',
	},
	{
		file: '2026-03-13-bank-nationalisation.txt',
		id: '2026-03-13-bank-nationalisation',
		title: 'Банк ушел государству. Почему «Северный кредит» национализировали за одни выходные',
		date: '2026-03-13',
		format: 'page-dump',
		headings: [
			'Что случилось?',
			'«Мы не планировали продавать»',
			'Кто пострадает',
			'Зачем ЦБ спешил?',
			'Что будет дальше?',
		],
		blocks: {paragraph: 9, heading: 5, list: 1, quote: 0, footnote: 0},
		listItems: [4],
		orderedLists: [false],
		teasers: [
			{title: 'Чипы без Nvidia. Кто и на чем собирает российские ИИ-серверы', id: '2026-02-09-ai-chips'},
			{title: 'Долги застройщиков. Какие девелоперы попросили банки о реструктуризации', id: null},
		],
		notices: [disclaimer, '18+', promo],
		firstParagraph:
			'В ночь на понедельник Центральный банк ввел временную администрацию в банке «Северный кредит», входящем в число 30 крупнейших в стране по размеру активов. Функции администрации переданы Фонду консолидации банковского сектора, который получит 99,9% акций после списания капитала нынешних владельцев. Клиенты, как заверил регулятор, могут пользоваться счетами и картами в обычном режиме.',
		lastParagraph:
			'ЦБ планирует через два-три года продать оздоровленный банк. По информации двух собеседников The Bell, интерес к активу уже проявили ВТБ и один из крупных частных банков. Правительство также обсуждает присоединение «Северного кредита» к региональному банку развития, который создается для финансирования проектов в Арктике.',
	},
	{
		file: '2026-04-22-sanctions-payments.txt',
		id: '2026-04-22-sanctions-payments',
		title: 'Платежи через третьи страны. Почему деньги из Китая снова идут по 40 дней',
		date: '2026-04-22',
		format: 'page-dump',
		headings: [
			'Что изменилось?',
			'Как платят сейчас',
			'Что делают власти?',
			'Последствия для цен',
		],
		blocks: {paragraph: 10, heading: 4, list: 1, quote: 0, footnote: 0},
		listItems: [4],
		orderedLists: [false],
		teasers: [],
		notices: [promo, disclaimer18],
		firstParagraph:
			'Российские импортеры снова жалуются на задержки платежей в Китай. По данным опроса Российского союза промышленников и предпринимателей, в марте 68% компаний, работающих с китайскими поставщиками, сталкивались с возвратом или зависанием переводов, а средний срок прохождения платежа вырос до 30–40 дней. Осенью этот показатель составлял около двух недель.',
		lastParagraph:
			'Сами китайские поставщики, по словам российских импортеров, тоже ищут выход. Некоторые регистрируют компании в Гонконге и Малайзии специально для работы с Россией, другие требуют предоплату и закладывают в цены возможные задержки. Но на объемах торговли это все равно сказывается: товарооборот России и Китая в первом квартале сократился на 8% в годовом выражении.',
	},
	{
		file: '2026-05-28-marketplaces.txt',
		id: '2026-05-28-marketplaces',
		title: '«Мы больше не магазин». Как маркетплейсы становятся банками',
		date: '2026-05-28',
		format: 'page-dump',
		headings: [
			'Зачем маркетплейсам банки?',
			'Сколько это стоит банкам',
			'«Ограничить скидки — значит сделать покупки дороже»',
			'Что изменит новая лицензия',
			'Кто проиграет?',
		],
		blocks: {paragraph: 9, heading: 5, list: 1, quote: 0, footnote: 0},
		listItems: [4],
		orderedLists: [true],
		teasers: [],
		notices: [disclaimer18, promo],
		firstParagraph:
			'Wildberries получил от Центрального банка расширенную лицензию и с 1 июня сможет привлекать вклады физических лиц без ограничений по сумме. Еще через месяц такую же лицензию ждет Ozon Банк. Оба маркетплейса уже входят в число 40 крупнейших банков страны по числу активных клиентов, а вместе обслуживают больше 60 млн карт.',
		lastParagraph:
			'В самих маркетплейсах уверены, что это только начало. Wildberries в мае запустил в пилотном режиме страхование посылок и инвестиционные продукты, а Ozon ведет переговоры о покупке небольшого брокера. Если эти планы сбудутся, к концу года оба маркетплейса будут предлагать покупателям почти весь набор услуг классического розничного банка.',
	},
	{
		file: '2026-06-30-real-estate.txt',
		id: '2026-06-30-real-estate',
		title: 'Ипотека без льгот. Что происходит с ценами на новостройки',
		date: '2026-06-30',
		format: 'page-dump',
		headings: [
			'Кто покупал',
			'Что будет после 1 июля',
			'Доходность проектов',
			'Как быть покупателям',
		],
		blocks: {paragraph: 8, heading: 4, list: 1, quote: 0, footnote: 1},
		listItems: [4],
		orderedLists: [false],
		teasers: [
			{title: '"Мы больше не магазин". Как маркетплейсы становятся банками', id: '2026-05-28-marketplaces'},
			{title: 'Банк ушел государству.  Почему «Северный кредит» национализировали за одни выходные', id: '2026-03-13-bank-nationalisation'},
			{title: 'Сколько стоит аренда. Почему однушка в Москве подорожала до 80 тысяч', id: null},
		],
		notices: [disclaimer18],
		firstParagraph:
			'Первого июля в России перестает действовать льготная ипотека для большинства семей с детьми: после этой даты ставку 6% сохранят только многодетные семьи и жители малых городов. За полгода до этого продажи квартир в новостройках, по данным ДОМ.РФ, выросли на 40% в годовом выражении — покупатели спешили успеть до смены условий.',
		lastParagraph:
			'Риелторы советуют не спешить. По их данным, уже в июне застройщики в Москве и Петербурге предлагали скидки до 10% при стопроцентной оплате и субсидировали ставку по рыночной ипотеке до 8–10% на первые три года. Если ключевая ставка к концу года снизится до 12%, рыночная ипотека подешевеет до 15–16%, и часть отложенного спроса вернется на рынок.',
	},
	{
		file: '2026-07-10-data-centers.md',
		id: '2026-07-10-data-centers',
		title: 'Майнеры против ИИ. Кому достанется электричество Иркутской области',
		date: '2026-07-10',
		format: 'markdown',
		headings: [
			'Что случилось?',
			'Кто придет вместо майнеров',
			'Экономика сделки',
			'А майнеры?',
		],
		blocks: {paragraph: 9, heading: 4, list: 2, quote: 1, footnote: 0},
		listItems: [4, 4],
		orderedLists: [false, true],
		teasers: [],
		notices: [],
		firstParagraph:
			'Иркутская область, где электричество стоит дешевле, чем почти в любом другом регионе России, с июля ввела полный запрет на майнинг криптовалют до весны 2027 года. Освободившиеся мощности власти региона хотят отдать под дата-центры для искусственного интеллекта.',
		lastParagraph:
			'Часть майнинговых компаний уже переезжает в соседние регионы — Бурятию, Красноярский край и Хакасию, где запреты действуют только зимой. Другие, по словам участников рынка, вывозят оборудование в Казахстан и Эфиопию. Один из крупнейших российских майнинговых операторов, «Сибхэш», в июне объявил о продаже двух иркутских площадок оператору дата-центров за 6,4 млрд рублей.',
	},
	{
		file: '2026-08-14-tech-ipo.txt',
		id: '2026-08-14-tech-ipo',
		title: 'IPO года. Сколько стоит «Облакотех» и кто покупает его акции',
		date: '2026-08-14',
		format: 'page-dump',
		headings: [
			'Что за компания?',
			'Кто купил',
			'«Мы не будем продавать акции ближайшие два года»',
			'Не дорого ли?',
		],
		blocks: {paragraph: 9, heading: 4, list: 0, quote: 0, footnote: 0},
		listItems: [],
		orderedLists: [],
		teasers: [
			{title: 'Майнеры против ИИ. Кому достанется электричество Иркутской области', id: '2026-07-10-data-centers'},
			{title: 'Платежи через третьи страны. Почему деньги из Китая снова идут по 40 дней', id: '2026-04-22-sanctions-payments'},
			{title: 'Смена поколений. Кто унаследует крупнейшие частные компании России', id: null},
		],
		notices: [disclaimer18, promo],
		firstParagraph:
			'Облачный провайдер «Облакотех» в четверг начал торги на Московской бирже. Компания разместила акции по верхней границе объявленного диапазона — 420 рублей за бумагу — и привлекла 24 млрд рублей. Ее капитализация по цене размещения составила 168 млрд рублей, что делает IPO крупнейшим на российском рынке с 2021 года.',
		lastParagraph:
			'В первый день торгов акции «Облакотеха» подорожали на 11%, до 466 рублей, а объем торгов превысил 9 млрд рублей. Вслед за ним в очередь на биржу выстроились еще несколько технологических компаний: о планах на IPO до конца года уже объявили разработчик систем кибербезопасности и сервис онлайн-бронирования путешествий.',
	},
	{
		file: '2026-09-25-labour-shortage.txt',
		id: '2026-09-25-labour-shortage',
		title: 'Дефицит рук. Почему заводы переманивают рабочих зарплатой в 150 тысяч',
		date: '2026-09-25',
		format: 'page-dump',
		headings: [
			'Кого не хватает',
			'Гонка зарплат',
			'Что предлагают власти?',
			'Что дальше',
		],
		blocks: {paragraph: 9, heading: 4, list: 2, quote: 0, footnote: 0},
		listItems: [4, 4],
		orderedLists: [false, true],
		teasers: [
			{title: 'Ipo года. Сколько стоит «Облакотех» и кто покупает его акции', id: '2026-08-14-tech-ipo'},
			{title: 'Вахта на Севере. Сколько зарабатывают нефтяники и строители в Арктике', id: null},
		],
		notices: [disclaimer18, promo],
		firstParagraph:
			'Безработица в России в августе опустилась до 2,1% — нового исторического минимума, сообщил Росстат. Число вакансий на крупнейших сайтах по поиску работы за год выросло на 14%, при этом на одну вакансию для рабочих специальностей приходится меньше одного резюме. Промышленные предприятия, по данным опроса Института Гайдара, называют нехватку кадров главным ограничением для роста производства уже девятый квартал подряд.',
		lastParagraph:
			'Компании, которые не выдерживают гонки зарплат, начинают урезать производственные планы. Так, два крупных автопроизводителя в сентябре заявили о переходе на четырехдневную рабочую неделю, объяснив это не падением спроса, а нехваткой сборщиков на конвейере. Если ничего не изменится, ограничения на рынке труда станут главным тормозом роста экономики в 2027 году.',
	},
	{
		file: '2026-11-20-gold.txt',
		id: '2026-11-20-gold',
		title: 'Золото по $4500. Почему ЦБ и россияне скупают слитки',
		date: '2026-11-20',
		format: 'page-dump',
		headings: [
			'Почему дорожает золото?',
			'Слитки вместо вкладов',
			'Как покупать',
			'Что дальше?',
		],
		blocks: {paragraph: 9, heading: 4, list: 2, quote: 0, footnote: 1},
		listItems: [4, 4],
		orderedLists: [false, true],
		teasers: [
			{title: 'Урожай есть, покупателей нет. Что случилось с экспортом пшеницы', id: 'grain-exports'},
			{title: 'Дефицит рук. Почему заводы переманивают рабочих зарплатой в 150 тысяч', id: '2026-09-25-labour-shortage'},
			{title: 'Бегство из юаня. Почему экспортеры перестали держать выручку в китайской валюте', id: null},
		],
		notices: [disclaimer, '18+'],
		firstParagraph:
			'Цена золота на Лондонской бирже металлов в среду впервые превысила $4500 за тройскую унцию. С начала года металл подорожал на 31%, а за два года — почти вдвое. В рублях грамм золота на Мосбирже стоит около 11 600 рублей, и российские банки фиксируют рекордный спрос на слитки со стороны частных клиентов.',
		lastParagraph:
			'Для российских золотодобытчиков рекордные цены — долгожданная передышка. «Полюс» и «Южуралзолото» в третьем квартале нарастили выручку на 40–50%, хотя часть прибыли съели крепкий рубль и повышение налога на добычу полезных ископаемых для отрасли с 2026 года.',
	},
	{
		file: 'grain-exports.md',
		id: 'grain-exports',
		title: 'Урожай есть, покупателей нет. Что случилось с экспортом пшеницы',
		date: '2026-10-02',
		format: 'markdown',
		headings: [
			'Почему упал экспорт?',
			'Кто теряет',
			'Что может сделать правительство',
			'Что дальше?',
		],
		blocks: {paragraph: 7, heading: 4, list: 2, quote: 1, footnote: 0},
		listItems: [4, 4],
		orderedLists: [false, true],
		teasers: [],
		notices: [],
		firstParagraph:
			'Россия собрала в 2026 году 88 млн тонн пшеницы — второй результат в истории после рекордного 2022 года. Но экспорт в первые три месяца нового сельскохозяйственного сезона оказался на 23% ниже прошлогоднего, а внутренние цены на зерно опустились до минимума за четыре года.',
		lastParagraph:
			'Многое будет зависеть от погоды в Южном полушарии. Если Аргентина и Австралия соберут меньше, чем ожидается, мировые цены вырастут и российское зерно снова станет конкурентоспособным. Если нет, экспортерам придется снижать цены, а фермерам — сокращать посевы озимых, что скажется уже на урожае следующего года.',
	},
];
