/**
 * A plain greedy wrapper for `export --width` until the layout engine replaces it:
 * breaks at spaces, cuts words longer than the width. Width is counted in code points.
 */
export function greedyWrap(text: string, width: number): string[] {
	const rows: string[] = [];
	let row = '';
	for (const word of text.split(/ +/u).filter(Boolean)) {
		let rest = word;
		while ([...rest].length > width) {
			if (row !== '') {
				rows.push(row);
				row = '';
			}

			rows.push([...rest].slice(0, width).join(''));
			rest = [...rest].slice(width).join('');
		}

		if (row === '') {
			row = rest;
		} else if ([...row].length + 1 + [...rest].length <= width) {
			row += ` ${rest}`;
		} else {
			rows.push(row);
			row = rest;
		}
	}

	if (row !== '') {
		rows.push(row);
	}

	return rows;
}
