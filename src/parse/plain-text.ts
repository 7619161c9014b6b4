/**
 * remarkPlainText: make remark-parse read a plain-text source as blocks of
 * lines, not as Markdown. "2024. It was…" must not become a list, four spaces
 * must not become code, `*x*` must not become emphasis. Sources declared as
 * `markdown` keep inline emphasis (its markers are then left out of texts).
 */
import type { Processor } from 'unified';

interface Options {
  /** `text` (default): no Markdown at all; `markdown`: inline emphasis and strong only. */
  format?: 'text' | 'markdown' | null | undefined;
}

const emptyOptions: Readonly<Options> = Object.freeze({});

const blockConstructs = ['list', 'codeIndented', 'codeFenced', 'headingAtx', 'setextUnderline', 'thematicBreak', 'blockQuote', 'htmlFlow', 'definition'];
const inlineConstructs = ['htmlText', 'characterReference', 'characterEscape', 'autolink', 'labelStartLink', 'labelStartImage', 'hardBreakEscape', 'hardBreakTrailing', 'codeText'];

/** Disable the Markdown constructs a plain-text source must not trigger. Positions are preserved. */
export default function remarkPlainText(this: Processor, options?: Options | null | undefined): void {
  const settings = options ?? emptyOptions;
  const disabled = [...blockConstructs, ...inlineConstructs];
  if (settings.format !== 'markdown') disabled.push('attention');
  const data = this.data();
  const extensions = (data.micromarkExtensions ??= []);
  extensions.push({ disable: { null: disabled } });
}
