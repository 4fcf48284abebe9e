/**
 * Chart names broken into lines: chart.js does not wrap an axis label, and
 * a long sign name ("Pulls you away from others") would be cut on a phone.
 * An array of lines is what chart.js draws as a label of several lines.
 */

/** The label as it is when short, else its words in lines of about `width` characters. */
export function wrapLabel(label: string, width = 18): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** How many lines the chart's labels take, for its height. */
export function labelLines(labels: readonly string[], width = 18): number {
  return labels.reduce((n, l) => {
    const wrapped = wrapLabel(l, width);
    return n + (typeof wrapped === 'string' ? 1 : wrapped.length);
  }, 0);
}
