/**
 * What footnotes look like, for the page-dump and Markdown parsers and the importers alike.
 * Letters by range, not \p{L}: the page-dump parser is on every start's path.
 */

/** What a footnote explains, in Russian media: the legal status of a person or organisation. */
export const footnoteVocabulary = /(?:иноагент|иностранн[а-яё]*\s+агент|экстремист|террорист|нежелательн|запрещен|признан)/iu;

/** A line that starts like a footnote: one to three stars, then text. */
export const footnoteLine = /^\*{1,3}\s*\S/u;
