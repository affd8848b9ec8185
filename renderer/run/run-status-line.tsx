import { X } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { RunStatus } from '../../shared/ipc';

/**
 * The run's status under the run buttons. The title bar leaves it one short line, and a failed
 * run's reason rarely fits: when the words are cut off, "More" opens the whole message beneath
 * the toolbar, and a run that failed or was stopped opens it by itself (a stop can leave a leg
 * up that someone must end). The line's tooltip has it too.
 */
export function RunStatusLine(props: {
  text: string;
  /** `data-phase` of the line, which colours it: the run's phase, or `pausing`. */
  phase: string;
  /** How the run shown ended, if it has. */
  ending: RunStatus | null;
}) {
  const { text, phase, ending } = props;
  const unhappy = ending === 'failed' || ending === 'stopped';
  const line = useRef<HTMLOutputElement>(null);
  const [cut, setCut] = useState(false);
  const [open, setOpen] = useState(false);
  const messageId = useId();

  // Measured after every change of words and size, before the browser paints.
  useLayoutEffect(() => {
    const element = line.current;
    if (!element) return;
    const measure = () => setCut(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text]);

  // New words close what was opened for the old ones; an unhappy ending's reason opens.
  useEffect(() => setOpen(unhappy), [text, unhappy]);

  const shown = open && cut;
  return (
    <>
      <output
        ref={line}
        className="run-toolbar__status"
        data-phase={phase}
        aria-live="polite"
        title={text}
      >
        {text}
      </output>
      {cut && (
        <button
          type="button"
          className="run-toolbar__more"
          aria-expanded={shown}
          aria-controls={messageId}
          title={shown ? 'Hide the whole message' : 'Show the whole message'}
          onClick={() => setOpen(!shown)}
        >
          {shown ? 'Less' : 'More'}
        </button>
      )}
      {shown && (
        <div id={messageId} className="run-toolbar__message" data-ending={ending ?? undefined}>
          <p>{text}</p>
          <button
            type="button"
            className="run-toolbar__close"
            aria-label="Close the message"
            onClick={() => setOpen(false)}
          >
            <X size={14} aria-hidden="true" focusable="false" />
          </button>
        </div>
      )}
    </>
  );
}
