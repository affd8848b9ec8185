import { useId } from 'react';
import type { CSSProperties } from 'react';
import { CopyButton } from './copy-button';

/** A line of code and its nesting depth; wrapped parts of a long line hang under its start. */
export interface CodeLine {
  depth: number;
  text: string;
}

interface CodeFigureProps {
  caption: string;
  lines: readonly CodeLine[];
  /** What the copy button puts on the clipboard. */
  copy: string;
}

/** A read-only code block with a caption and a copy button; the figure is named by its caption. */
export function CodeFigure({ caption, lines, copy }: CodeFigureProps) {
  const captionId = useId();
  return (
    <figure className="code-figure" aria-labelledby={captionId}>
      <figcaption className="code-figure__caption">
        <span id={captionId}>{caption}</span>
        <CopyButton text={copy} label={`Copy ${caption}`} />
      </figcaption>
      <pre className="code-figure__code">
        <code>
          {lines.map((line, index) => (
            <span
              key={index}
              className="code-figure__line"
              style={{ '--depth': line.depth } as CSSProperties}
            >
              {line.text}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
    </figure>
  );
}

/** Code as lines, each line's depth taken from its leading spaces (two a level). */
export function linesOf(code: string): CodeLine[] {
  return code.split('\n').map((text) => {
    const indent = /^ */.exec(text)![0].length;
    return { depth: Math.floor(indent / 2), text: text.slice(indent) };
  });
}
