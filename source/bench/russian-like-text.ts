/**
 * Deterministic Russian-like prose for benchmarks and property tests: real Russian
 * words of realistic lengths in random sentences, with the things a line breaker must
 * get right (short prepositions, dashes, numbers with units, initials, «quotes»,
 * hyphenated words, abbreviations). Meaningless, but shaped like a newsletter.
 */

/** mulberry32: a small, fast, seeded PRNG; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6D_2B_79_F5) >>> 0;
		let mixed = state;
		mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
		mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const nouns = [
	'компания', 'рынок', 'банк', 'выручка', 'прибыль', 'правительство', 'министерство', 'инвесторы',
	'акции', 'облигации', 'нефть', 'газ', 'экспорт', 'санкции', 'бюджет', 'инфляция', 'ставка',
	'регулятор', 'президент', 'директор', 'акционеры', 'сделка', 'производство', 'поставки',
	'технологии', 'экономика', 'доходы', 'расходы', 'налоги', 'кредиты', 'депутаты', 'чиновники',
	'предприниматели', 'сотрудники', 'покупатели', 'маркетплейс', 'рубль', 'доллар', 'курс',
	'государство', 'корпорация', 'холдинг', 'отчетность', 'капитализация', 'дивиденды', 'рецессия',
	'импортозамещение', 'достопримечательность', 'сельскохозяйственного', 'перераспределение',
	'электроэнергия', 'металлурги', 'застройщики', 'ипотека', 'девелопер', 'аналитики', 'эксперты',
	'Москва', 'Россия', 'Китай', 'Центробанк', 'Минфин', 'Газпром', 'Сбербанк', 'Росстат',
];

const verbs = [
	'сообщила', 'выросла', 'снизилась', 'объявил', 'заявил', 'потеряли', 'получили', 'планирует',
	'сократила', 'увеличил', 'продала', 'купил', 'рассказал', 'подтвердили', 'отказались', 'ожидают',
	'прогнозируют', 'обсуждают', 'перевели', 'запустили', 'инвестировали', 'оценивают', 'выплатит',
];

const adjectives = [
	'крупнейший', 'государственный', 'частный', 'новый', 'российский', 'китайский', 'ключевой',
	'годовой', 'квартальный', 'рекордный', 'федеральный', 'региональный', 'долгосрочный',
	'нефтегазовый', 'банковский', 'потребительский', 'технологический', 'инвестиционный',
];

const adverbs = ['впервые', 'почти', 'резко', 'снова', 'уже', 'только', 'официально', 'неожиданно', 'также'];
const shortWords = ['в', 'на', 'по', 'за', 'от', 'до', 'из', 'с', 'к', 'у', 'о', 'и', 'а', 'но', 'не', 'ни', 'я'];
const particles = ['бы', 'ли', 'же'];
const hyphenated = ['из-за', 'кто-то', 'что-то', 'северо-западный', 'бизнес-план', 'какой-нибудь', 'по-прежнему', 'Ростов-на-Дону'];
const units = ['кг', '%', '₽', 'млн', 'млрд', 'тыс.', 'г.', 'км', 'руб.', 'рублей', 'долларов', 'процента'];
const names = ['А. С. Петров', 'И. И. Иванов', 'Е. Н. Смирнова', 'В. В. Козлов'];
const fixedPhrases = ['т. е.', 'и т. д.', 'и т. п.', '№ 5', '§ 3', 'XIX в.', '1799 г.', '$2,5 млрд', '15 тыс. рублей', '20 %'];

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)]!;
}

function word(random: () => number): string {
	const roll = random();
	if (roll < 0.3) {
		return pick(random, nouns);
	}

	if (roll < 0.45) {
		return pick(random, verbs);
	}

	if (roll < 0.58) {
		return pick(random, adjectives);
	}

	if (roll < 0.63) {
		return pick(random, adverbs);
	}

	if (roll < 0.8) {
		return `${pick(random, shortWords)} ${pick(random, nouns)}`;
	}

	if (roll < 0.83) {
		return pick(random, hyphenated);
	}

	if (roll < 0.88) {
		return `${Math.floor(random() * 5000)} ${pick(random, units)}`;
	}

	if (roll < 0.9) {
		return pick(random, names);
	}

	if (roll < 0.92) {
		return pick(random, fixedPhrases);
	}

	if (roll < 0.94) {
		return `«${pick(random, nouns)}»`;
	}

	if (roll < 0.96) {
		return `${pick(random, verbs)} ${pick(random, particles)}`;
	}

	return `(${pick(random, nouns)})`;
}

function sentence(random: () => number): string {
	const length = 6 + Math.floor(random() * 16);
	const parts: string[] = [];
	for (let index = 0; index < length; index++) {
		let next = word(random);
		if (index > 0 && random() < 0.08) {
			parts.push('—');
		} else if (index > 0 && index < length - 1 && random() < 0.1) {
			next += ',';
		}

		parts.push(next);
	}

	const text = parts.join(' ').replace(/,$/, '');
	const ending = random() < 0.9 ? '.' : random() < 0.5 ? '?' : '…';
	return text.charAt(0).toUpperCase() + text.slice(1) + ending;
}

/** Paragraphs of Russian-like prose adding up to at least `bytes` bytes of UTF-8. */
export function russianLikeParagraphs(bytes: number, seed: number): string[] {
	const random = seededRandom(seed);
	const paragraphs: string[] = [];
	let total = 0;
	while (total < bytes) {
		const count = 2 + Math.floor(random() * 5);
		const sentences: string[] = [];
		for (let index = 0; index < count; index++) {
			sentences.push(sentence(random));
		}

		const opening = random() < 0.05 ? '— ' : '';
		const paragraph = opening + sentences.join(' ');
		paragraphs.push(paragraph);
		total += Buffer.byteLength(paragraph) + 1;
	}

	return paragraphs;
}
