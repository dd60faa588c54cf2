/**
 * RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. Enough for
 * Substack's `posts.csv`; rows come back as records keyed by the header row.
 */

export function parseCsvRows(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!;
		if (quoted) {
			if (character === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (character === '"') {
				quoted = false;
			} else {
				field += character;
			}
		} else if (character === '"' && field === '') {
			quoted = true;
		} else if (character === ',') {
			row.push(field);
			field = '';
		} else if (character === '\n' || character === '\r') {
			if (character === '\r' && text[index + 1] === '\n') {
				index++;
			}

			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else {
			field += character;
		}
	}

	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}

	return rows.filter(cells => cells.some(cell => cell !== ''));
}

export function parseCsvRecords(text: string): Array<Record<string, string>> {
	const [header, ...rows] = parseCsvRows(text.replace(/^\uFEFF/u, ''));
	if (header === undefined) {
		return [];
	}

	const names = header.map(name => name.trim().toLowerCase());
	return rows.map(cells => Object.fromEntries(names.map((name, index) => [name, cells[index] ?? ''])));
}
