import { useMemo } from 'react';
import { compileNodeExoml } from '../../shared/exoml';
import type { FlowLeg } from '../../shared/flow';
import { CodeFigure, linesOf } from './code-figure';
import { prettyExomlLines } from './pretty-exoml';
import { describeRun } from './run-description';
import type { RunNode } from './run-description';

interface RunPreviewProps {
  node: RunNode;
  legs: readonly FlowLeg[];
}

/**
 * What the node sends when the flow runs, kept up to date as the form changes: the ExoML it
 * posts to its leg, or for API-call and flow-control kinds, what it does and the request it sends.
 * Templates are shown as written; the run fills them in.
 */
export function RunPreview({ node, legs }: RunPreviewProps) {
  const exoml = useMemo(() => compileNodeExoml(node), [node]);
  const description = useMemo(
    () => (exoml === null ? describeRun(node, legs) : null),
    [exoml, node, legs],
  );

  if (exoml !== null) {
    const leg = legs.find((candidate) => candidate.id === node.leg)?.label;
    return (
      <CodeFigure
        caption={leg ? `ExoML sent to the ${leg} leg` : 'ExoML'}
        lines={prettyExomlLines(exoml)}
        copy={exoml}
      />
    );
  }
  if (!description) return null;
  const { request } = description;
  const body = request && JSON.stringify(request.body, null, 2);
  return (
    <>
      <p className="run-preview__text">{description.text}</p>
      {description.details.length > 0 && (
        <ul className="run-preview__details">
          {description.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {request && body && (
        <CodeFigure
          caption="API request"
          lines={linesOf(`${request.method} ${request.path}\n${body}`)}
          copy={body}
        />
      )}
    </>
  );
}
