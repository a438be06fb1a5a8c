import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

export interface SummaryTable {
  caption?: string;
  headers: string[];
  rows: (string | number)[][];
}

export interface SummarySection {
  heading: string;
  paragraphs?: string[];
  tables?: SummaryTable[];
  details?: { summary: string; body: string }[];
}

/** Renders a section as GitHub-flavoured Markdown, blocks separated by blank lines. */
export function renderSummary(section: SummarySection): string {
  const blocks = [
    `## ${section.heading}`,
    ...(section.paragraphs ?? []),
    ...(section.tables ?? []).map(renderTable),
    ...(section.details ?? []).map(
      // The blank lines inside <details> make GitHub render the body as Markdown rather than raw HTML.
      (d) => `<details><summary>${escapeHtml(d.summary)}</summary>\n\n${d.body}\n\n</details>`,
    ),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Appends the section to the job summary; does nothing outside a runner. The file is read from
 * the environment at each call (core.summary keeps the first path it saw for the process).
 */
export async function writeSummary(section: SummarySection): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  // The trailing blank line ends a closing </details> HTML block, which would
  // otherwise swallow the next section's heading.
  await appendFile(file, `${renderSummary(section)}${EOL}`);
}

function renderTable(table: SummaryTable): string {
  const lines = [row(table.headers), row(table.headers.map(() => '---')), ...table.rows.map((cells) => row(cells.map(String)))];
  const caption = table.caption === undefined ? [] : [`**${table.caption}**`, ''];
  return [...caption, ...lines].join('\n');
}

function row(cells: string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

// A raw '|' would split the cell and a raw newline would end the table.
function escapeCell(cell: string): string {
  return cell.replace(/\|/g, '\\|').replace(/\r?\n|\r/g, '<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
