import type { ExportBlock, ExportedSpeech, ExportRun } from './export-blocks';

/**
 * A speech as Markdown: the title as #, headings as ## (level 1) to ##### (level 4) with their numbers written
 * out, leads in **bold**, placeholders as their resolved text. Numbers are text, not Markdown lists, so that a
 * renderer never renumbers them.
 */

/** Characters Markdown would read as formatting inside a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>~|]/g;

function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (char) => `\\${char}`);
}

/**
 * A line starting with #, >, -, + or "1." would become a heading, quote or list; 公文 numbering starts lines with
 * "1." on level 3.
 */
function escapeLineStart(line: string): string {
  return line.replace(/^(\d+)\./, '$1\\.').replace(/^([#>+-])/, '\\$1');
}

function runText(run: ExportRun): string {
  const text = escapeInline(run.text);
  if (!text.trim()) return text;
  if (run.lead || run.strong) return `**${text}**`;
  if (run.emphasis) return `*${text}*`;
  return text;
}

function blockLine(block: ExportBlock): string {
  // The number of a point belongs to its lead, so "1、" is bold with it.
  const firstIsLead = block.runs[0]?.lead === true;
  const runs = block.runs.map(runText).join('').replace(/\*\*\*\*/g, '');
  const label = escapeInline(block.label);
  const line = firstIsLead && label && runs.startsWith('**') ? `**${label}${runs.slice(2)}` : label + runs;
  return escapeLineStart(line);
}

export function speechMarkdown(speech: ExportedSpeech): string {
  const lines: string[] = [];
  for (const block of speech.blocks) {
    const line = blockLine(block);
    if (!line.trim()) continue;
    switch (block.role) {
      case 'title':
        lines.push(`# ${line}`);
        break;
      case 'heading':
        lines.push(`${'#'.repeat((block.level ?? 1) + 1)} ${line}`);
        break;
      default:
        lines.push(line);
    }
  }
  return `${lines.join('\n\n')}\n`;
}
