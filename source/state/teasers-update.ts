import {uiText} from '../i18n/ui-text.js';
import type {Model, Update} from './app-model.js';
import type {Intent} from './keymap.js';
import {resumePosition} from './resume-position.js';
import {same, withStatus} from './update-result.js';

/** Stories kept to go back to: enough for any chain of teasers a reader follows. */
const maxHistory = 50;

/** The teasers screen's keys: move, open the stored issue a teaser points to, back to the story. */
export function teasersIntent(model: Model, intent: Intent): Update {
	const teasers = model.reader?.issue.teasers ?? [];
	const selected = teasers[model.teaserCursor];
	switch (intent) {
		case 'move-up': {
			return same({...model, teaserCursor: Math.max(0, model.teaserCursor - 1)});
		}

		case 'move-down': {
			return same({...model, teaserCursor: Math.min(teasers.length - 1, model.teaserCursor + 1)});
		}

		case 'open': {
			if (!selected) {
				return same(model);
			}

			if (selected.id === null || !model.entries.some(entry => entry.id === selected.id)) {
				return same(withStatus(model, uiText(model.language).teaserNotStored));
			}

			// Back means back: q in the issue opened returns to this story, at the same place.
			const history = model.reader ? [...model.history, model.reader].slice(-maxHistory) : model.history;
			return same({...model, history}, [{type: 'flush'}, {type: 'load-issue', id: selected.id, ...resumePosition(model, selected.id)}]);
		}

		case 'back': {
			return same({...model, screen: 'reader'});
		}

		default: {
			return same(model);
		}
	}
}
