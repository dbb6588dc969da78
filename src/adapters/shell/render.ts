// Reply -> terminal text. Without colour it is the core's `toPlainText`; a colour terminal gets
// the same layout with ANSI styling. Choices are numbered across the reply so that typing `3`
// presses the third button shown.

import { alignTable, renderBlocks, toPlainText, type Block, type Reply, type Tone } from '../../core/reply.js';

const ESC = '\u001b[';
const style = (codes: string, text: string) => `${ESC}${codes}m${text}${ESC}0m`;
const bold = (t: string) => style('1', t);
const dim = (t: string) => style('2', t);
const cyan = (t: string) => style('36', t);
const TONE_STYLE: Record<Tone, (t: string) => string> = {
  info: (t) => style('34', t),
  success: (t) => style('32', t),
  warning: (t) => style('33', t),
  error: (t) => style('31', t),
};
const TONE_LABEL: Record<Tone, string> = { info: 'Note', success: 'Done', warning: 'Warning', error: 'Error' };

/** Markdown-light with ANSI: bold, inline code in cyan, links as `label (url)`. */
export function ansiInline(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/gs, (_m, t: string) => bold(t))
    .replace(/`([^`\n]+)`/g, (_m, t: string) => cyan(t))
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, (_m, label: string, url: string) =>
      label === url ? style('4', url) : `${label} (${style('4', url)})`,
    );
}

export function ansiBlock(block: Block, firstChoice: number): string {
  switch (block.type) {
    case 'heading':
      return bold(ansiInline(block.text));
    case 'text':
      return ansiInline(block.text);
    case 'code': {
      const title = block.filename ? dim(`# ${block.filename}`) + '\n' : '';
      return title + block.code.replace(/\n$/, '').split('\n').map((l) => `  ${cyan(l)}`).join('\n');
    }
    case 'table': {
      const [head, ...rest] = alignTable(block.columns, block.rows).split('\n');
      return [bold(head ?? ''), ...rest].join('\n');
    }
    case 'choices':
      return [
        block.prompt ? ansiInline(block.prompt) : dim('Options (type the number):'),
        ...block.options.map(
          (o, i) => `  ${cyan(`[${firstChoice + i}]`)} ${ansiInline(o.label)}${o.label === o.command ? '' : dim(`  ${o.command}`)}`,
        ),
      ].join('\n');
    case 'note':
      return `${TONE_STYLE[block.tone](TONE_LABEL[block.tone] + ':')} ${ansiInline(block.text)}`;
    case 'fields':
      return block.fields.map((f) => `${bold(f.label + ':')} ${ansiInline(f.value)}`).join('\n');
  }
}

export function renderForTerminal(reply: Reply, color: boolean): string {
  return color ? renderBlocks(reply.blocks, ansiBlock) : toPlainText(reply);
}
