import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {blockText, type Block} from '../../source/archive/issue.js';
import {NotAnIssueError, parsePageDump} from '../../source/archive/parse-page-dump.js';

/**
 * Original page dumps, one per shape real newsletter pages come in (test/archive/page-shapes/),
 * each with the title, story and notices a reader should get from it.
 */

const shapes = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page-shapes');
const page = (name: string) => readFileSync(path.join(shapes, `${name}.txt`), 'utf8');

const disclaimer = 'НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ THE BELL ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА THE BELL.';

/** Each block as `type: text`, so a wrong type and a wrong text both show. */
const outline = (story: readonly Block[]) => story.map(block => `${block.type}: ${blockText(block)}`);

describe('page shapes', () => {
	it('derives a title from a dump without a title line and keeps the opening paragraph', () => {
		const issue = parsePageDump(page('no-title'));
		expect(issue.title).toBe('Городские власти Самары объявили о продаже старого трамвайного депо на улице Льва Толстого');
		expect(outline(issue.story)).toEqual([
			'paragraph: Городские власти Самары объявили о продаже старого трамвайного депо на улице Льва Толстого: стартовая цена лота — 640 млн рублей, а аукцион назначен на конец февраля. Покупатель обязуется сохранить фасад и открыть в здании общественное пространство.',
			'paragraph: Депо построили в 1912 году, и последние шесть лет оно пустует. Мэрия уже дважды пыталась найти арендатора, но заявок не было.',
			'heading: Почему сейчас?',
			'paragraph: Бюджет города за год потерял около 9% доходов, и продажа недвижимости — самый быстрый способ закрыть разрыв.',
		]);
		expect(issue.notices).toEqual([]);
	});

	it('cuts a long opening sentence at a word for the title', () => {
		const opening = 'Жители трех соседних районов собрали больше десяти тысяч подписей против вырубки старого парка у реки и добились отдельного заседания городской думы по этому вопросу.';
		const issue = parsePageDump(`${opening}\n\nДепутаты обещали ответить через месяц.`);
		expect(issue.title).toBe('Жители трех соседних районов собрали больше десяти тысяч подписей против вырубки старого парка у…');
		expect(blockText(issue.story[0]!)).toBe(opening);
	});

	it('reads a digest: headlines joined by commas, a standfirst, the disclaimer inside a line', () => {
		const issue = parsePageDump(page('digest-amp'));
		expect(issue.title).toBe('Рубль на максимуме, новый глава «Ростелекома», кофейни против сетей');
		expect(outline(issue.story)).toEqual([
			'paragraph: Главное за неделю — коротко и без лишнего шума',
			'paragraph: Рубль укрепился до уровня, которого не видел с весны: за доллар дают меньше 85 рублей.',
			'paragraph: «Ростелеком» сменил президента — компанию возглавил бывший заместитель министра цифрового развития.',
			'paragraph: Независимые кофейни в Казани объединились, чтобы вместе закупать зерно и конкурировать с сетями.',
		]);
		expect(issue.notices).toEqual([`${disclaimer} 18+`]);
	});

	it('reads a news page: the disclaimer under the title, context bullets, the copy-link line right after a bullet', () => {
		const issue = parsePageDump(page('news-page'));
		expect(issue.title).toBe('Банк России оставил ключевую ставку без изменений');
		expect(outline(issue.story)).toEqual([
			'paragraph: Совет директоров регулятора сохранил ставку на уровне 16%, как и ожидало большинство аналитиков.',
			'heading: Контекст',
			'list: В прошлый раз ставку снижали в октябре.\nИнфляция за месяц замедлилась до 6,1% в годовом выражении.',
		]);
		expect(issue.notices).toEqual([`${disclaimer} 18+`]);
		expect(issue.teasers).toEqual([{
			title: 'Почему закрываются пекарни у дома и кто занимает их место на первых этажах',
			summary: 'Аренда растет быстрее выручки. Малые пекарни уступают место пунктам выдачи заказов.',
		}]);
	});

	it('reads a long read: the author line is not story, a salutation is a paragraph', () => {
		const issue = parsePageDump(page('long-read'));
		expect(issue.title).toBe('Как устроен рынок подержанных самолетов и почему он снова растет');
		expect(outline(issue.story)).toEqual([
			'paragraph: Дорогие читатели!',
			'paragraph: Сегодня мы расскажем о рынке, о котором редко пишут, хотя через него проходят миллиарды долларов в год.',
			'heading: Кто продает?',
			'paragraph: Крупные авиакомпании обновляют флот каждые десять-двенадцать лет и продают старые машины лизинговым фирмам.',
			'heading: Кто покупает?',
			'paragraph: Перевозчики из стран, где новые самолеты не по карману, а сроки поставок растянулись на годы.',
			'paragraph: Спасибо, что дочитали до конца.',
		]);
		expect(issue.notices).toEqual([]);
	});

	it('reads a live blog: the cut ticker line is not the title, entries stay in order', () => {
		const issue = parsePageDump(page('live-blog'));
		expect(issue.title).toBe('Онлайн: топливный рынок в день биржевых торгов');
		expect(outline(issue.story)).toEqual([
			'paragraph: Мы следим за ценами на бензин и дизельное топливо в течение дня и обновляем эту страницу по мере новостей.',
			'paragraph: 18:40 Биржевая цена бензина Аи-95 выросла на 2,3% и обновила исторический максимум.',
			'paragraph: 17:15 Правительство обсуждает продление запрета на экспорт бензина до конца весны.',
			'paragraph: 16:05 Минэнерго сообщило, что поставки бензина в регионы восстановятся к выходным.',
		]);
	});

	it('keeps a short time-stamped entry a paragraph, not a heading', () => {
		const issue = parsePageDump('Онлайн: биржа\n\nВедем трансляцию.\n\n19:00 Торги закрылись\n\n18:00 Индекс вырос на 1%.');
		expect(issue.story.map(block => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
	});

	const ghostPages = [
		{
			name: 'ghost-en',
			title: 'Grid Notes: why winter power prices fell in the north',
			story: [
				'paragraph: Hello!',
				'paragraph: Power prices in the northern zone fell by a fifth in December, even though demand hit a new peak.',
				'heading: Why did it happen?',
				'paragraph: Three new wind farms came online in autumn, and the river reservoirs were fuller than usual.',
			],
			notices: [
				'This post is for paying subscribers only',
				'Subscribe to Grid Notes to keep reading. $6/month',
				'Full archive - Weekly briefing - Cancel anytime',
				'Already have an account? Sign in',
				'Sign up for Grid Notes',
				'Notes on energy markets, once a week.',
			],
		},
		{
			name: 'ghost-de',
			title: 'Strommarkt kompakt: Warum die Preise im Winter sanken',
			story: [
				'paragraph: Hallo!',
				'paragraph: Im Dezember sanken die Großhandelspreise im Norden um ein Fünftel, obwohl die Nachfrage einen Rekord erreichte.',
				'heading: Was steckt dahinter?',
				'paragraph: Drei neue Windparks gingen im Herbst ans Netz, und die Speicherseen waren voller als üblich.',
			],
			notices: [
				'Dieser Beitrag ist nur für zahlende Abonnenten',
				'Abonnieren Sie Strommarkt kompakt, um weiterzulesen. 6 € pro Monat',
				'Vollständiges Archiv - Wöchentlicher Überblick - Jederzeit kündbar',
				'Sie haben bereits ein Konto? Anmelden',
				'Melden Sie sich für Strommarkt kompakt an',
			],
		},
		{
			name: 'ghost-fr',
			title: 'Notes d\'énergie : pourquoi les prix ont baissé cet hiver',
			story: [
				'paragraph: Bonjour !',
				'paragraph: En décembre, les prix de gros dans le nord ont baissé d\'un cinquième, alors que la demande a atteint un record.',
				'heading: Que s\'est-il passé ?',
				'paragraph: Trois nouveaux parcs éoliens ont été mis en service à l\'automne, et les réservoirs étaient plus pleins que d\'habitude.',
			],
			notices: [
				'Cet article est réservé aux abonnés payants',
				'Abonnez-vous à Notes d\'énergie pour continuer la lecture. 6 € par mois',
				'Archives complètes - Synthèse hebdomadaire - Résiliable à tout moment',
				'Vous avez déjà un compte ? S\'identifier',
				'Inscrivez-vous à Notes d\'énergie',
			],
		},
	];
	for (const expected of ghostPages) {
		it(`keeps the badge, the paywall and the sign-up promo of a Ghost newsletter out of the story (${expected.name})`, () => {
			const issue = parsePageDump(page(expected.name));
			expect(issue.title).toBe(expected.title);
			expect(outline(issue.story)).toEqual(expected.story);
			expect(issue.notices).toEqual(expected.notices);
			expect(issue.teasers).toEqual([]);
		});
	}

	it('ends the story at a Substack paywall', () => {
		const issue = parsePageDump([
			'Field Notes: the cost of a harvest',
			'Dear readers,',
			'This year the harvest came two weeks early, and the prices followed.',
			'Keep reading with a 7-day free trial',
			'Subscribe to Field Notes to keep reading this post and get 7 days of free access to the full post archives.',
		].join('\n\n'));
		expect(outline(issue.story)).toEqual([
			'paragraph: Dear readers,',
			'paragraph: This year the harvest came two weeks early, and the prices followed.',
		]);
		expect(issue.notices).toHaveLength(2);
	});

	for (const [name, shape] of [['landing', 'landing-page'], ['listing', 'listing'], ['telegram-channel', 'channel']] as const) {
		it(`rejects a page that is not an issue, with the reason (${name})`, () => {
			let thrown: unknown;
			try {
				parsePageDump(page(name));
			} catch (error) {
				thrown = error;
			}

			expect(thrown).toBeInstanceOf(NotAnIssueError);
			expect((thrown as NotAnIssueError).shape).toBe(shape);
		});
	}

	it('does not reject an issue that quotes prices and dates', () => {
		const issue = parsePageDump([
			'Сколько стоят подписки на стриминги',
			'Мы сравнили цены крупнейших сервисов и выяснили, кто дорожает быстрее остальных в этом году.',
			'490 ₽ в месяц',
			'Столько стоит базовый тариф у лидера рынка после повышения цен в начале осени.',
			'4 900 ₽ в год',
			'Столько стоит годовая подписка, если оплатить ее сразу, а не помесячно, как большинство.',
			'Скопировать ссылку',
		].join('\n\n'));
		expect(issue.story).toHaveLength(5);
	});

	it('gives a short chrome line a heading only with evidence', () => {
		const issue = parsePageDump([
			'Заголовок выпуска',
			'Читайте нас в мессенджерах',
			'Первый абзац истории о главном.',
			'Реакция рынка',
			'Второй абзац истории о главном.',
			'Что дальше?',
			'Третий абзац истории о главном.',
			'Поделитесь с друзьями',
		].join('\n\n'));
		expect(outline(issue.story)).toEqual([
			'paragraph: Читайте нас в мессенджерах',
			'paragraph: Первый абзац истории о главном.',
			'heading: Реакция рынка',
			'paragraph: Второй абзац истории о главном.',
			'heading: Что дальше?',
			'paragraph: Третий абзац истории о главном.',
			'paragraph: Поделитесь с друзьями',
		]);
	});

	it('takes a short line as a heading where it recurs as one across issues', () => {
		const issue = parsePageDump('Заголовок\n\nЦифра дня\n\n42% компаний повысили зарплаты.\n\nКонец истории.');
		expect(issue.story[0]?.type).toBe('paragraph');
		const evidence = parsePageDump('Заголовок\n\nЦифра дня\n\n42% компаний повысили зарплаты.\n\nКонец истории.', {recurringHeadings: new Set(['цифра дня'])});
		expect(evidence.story[0]?.type).toBe('heading');
	});

	it('drops an e-mail preheader and the repeat of the title, and keeps a notice given twice once', () => {
		const issue = parsePageDump(page('mail-preheader'));
		expect(issue.title).toBe('Сколько стоит переезд офиса в регионы');
		expect(outline(issue.story)).toEqual([
			'paragraph: Крупные компании все чаще переносят бэк-офис в города, где аренда и зарплаты заметно ниже.',
			'heading: Где дешевле всего?',
			'paragraph: По подсчетам консультантов, дешевле всего обходятся Пенза, Киров и Чебоксары.',
		]);
		expect(issue.notices).toEqual(['Рассылки The Bell стали платными. Подписывайтесь!']);
	});
});
