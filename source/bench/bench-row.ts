/** One measured target of `npm run bench`, reported against a baseline from the same run. */
export type BenchRow = {
	/** What is measured, e.g. "layout 1 MB, typography on". */
	name: string;
	/** The measured value, in `unit`. */
	value: number;
	unit: string;
	/** The baseline it is compared with, measured in the same run. */
	baselineName: string;
	baselineValue: number;
	/** value / baseline, or baseline / value for throughputs: always "how many times the baseline". */
	ratio: number;
	/** The target the ratio must meet, as text ("≥ 60×", "≤ 1.5×"). */
	goal: string;
	pass: boolean;
};
