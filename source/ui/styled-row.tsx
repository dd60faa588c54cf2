import {Text} from 'ink';
import type {Span} from '../layout/layout.js';

/** A span of a row as shown: the layout's styles plus the search highlight. */
export type ShownSpan = Span & {match?: 'other' | 'current'};

/** One laid-out row, its spans styled; the left margin centres the text column. */
export function StyledRow({spans, margin}: {spans: readonly ShownSpan[]; margin: number}) {
	return (
		<Text wrap="truncate">
			{' '.repeat(Math.max(0, margin))}
			{spans.map((span, index) => {
				const styles = new Set(span.styles);
				return (
					<Text
						// Spans of a row never reorder; the index is their identity.
						key={index}
						bold={styles.has('heading') || styles.has('bold')}
						italic={styles.has('italic') || styles.has('quote')}
						underline={styles.has('link')}
						dimColor={styles.has('marker') || styles.has('footnote')}
						color={span.match === 'current' ? 'black' : styles.has('code') ? 'cyan' : undefined}
						backgroundColor={span.match === 'current' ? 'yellow' : undefined}
						inverse={span.match === 'other'}
					>
						{span.text}
					</Text>
				);
			})}
		</Text>
	);
}
