import {loadHyphenationPatterns} from '../../source/layout/hyphenation.js';

// The CLI and the reader load these before use (tests of that: test/cli, test/ui);
// unit tests call the pure functions directly, so they get them up front.
await loadHyphenationPatterns();
