/** Marks where the story ends in bell-reader's own `--full` Markdown export (parse-markdown.ts reads it back). */
export const endOfStoryMarker = '<!-- end of story -->';
