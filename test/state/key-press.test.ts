import {describe, expect, it} from 'vitest';
import {keyNamesOf, type InkKey} from '../../source/state/key-press.js';

const none: InkKey = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageUp: false, pageDown: false,
	return: false, escape: false, ctrl: false, meta: false, backspace: false, delete: false, tab: false,
};

describe('keyNamesOf', () => {
	it('names special keys', () => {
		expect(keyNamesOf('', {...none, pageDown: true})).toEqual(['pagedown']);
		expect(keyNamesOf('\r', {...none, return: true})).toEqual(['enter']);
		expect(keyNamesOf('', {...none, escape: true, meta: true})).toEqual(['escape']);
		expect(keyNamesOf('', {...none, home: true})).toEqual(['home']);
	});

	it('reads Backspace, which Ink reports as delete', () => {
		expect(keyNamesOf('', {...none, delete: true})).toEqual(['backspace']);
	});

	it('splits fast typing into keys and names the space', () => {
		expect(keyNamesOf('jj', none)).toEqual(['j', 'j']);
		expect(keyNamesOf('а б', none)).toEqual(['а', 'space', 'б']);
	});

	it('names Ctrl chords with a letter and ignores meta chords', () => {
		expect(keyNamesOf('c', {...none, ctrl: true})).toEqual(['ctrl-c']);
		expect(keyNamesOf('d', {...none, ctrl: true})).toEqual(['ctrl-d']);
		expect(keyNamesOf('[', {...none, ctrl: true})).toEqual([]);
		expect(keyNamesOf('u', {...none, ctrl: true})).toEqual(['ctrl-u']);
		expect(keyNamesOf('x', {...none, meta: true})).toEqual([]);
	});
});
