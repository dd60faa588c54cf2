import {bodyHeight, type Model, type Update} from './app-model.js';
import {helpLines} from './help-lines.js';
import {intentFor, type KeyName} from './keymap.js';
import {same} from './update-result.js';

/** The first row the help can start at on this screen: its rows less those that fit. */
export function lastHelpTop(model: Model): number {
	const {lines} = helpLines(model.returnTo.help, model.language, model.size.columns);
	return Math.max(0, lines.length - bodyHeight(model.size));
}

/** The help screen's keys: scroll when it does not fit; any other key goes back. */
export function helpKey(model: Model, key: KeyName): Update {
	const page = bodyHeight(model.size);
	const last = lastHelpTop(model);
	const scrolled = (top: number) => same({...model, helpTop: Math.max(0, Math.min(top, last))});
	switch (intentFor('help', key)) {
		case 'line-down': {
			return scrolled(model.helpTop + 1);
		}

		case 'line-up': {
			return scrolled(model.helpTop - 1);
		}

		case 'page-down': {
			return scrolled(model.helpTop + page);
		}

		case 'page-up': {
			return scrolled(model.helpTop - page);
		}

		case 'first': {
			return scrolled(0);
		}

		case 'last': {
			return scrolled(last);
		}

		default: {
			return same({...model, screen: model.returnTo.help});
		}
	}
}
