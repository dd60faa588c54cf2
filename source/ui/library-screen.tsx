import type {UiText} from '../i18n/ui-text.js';
import type {Model} from '../state/app-model.js';
import {FrameView} from './frame-view.js';
import {libraryFrame} from './library-frame.js';

export function LibraryScreen({model, text}: {model: Model; text: UiText}) {
	return <FrameView rows={libraryFrame(model, text)}/>;
}
