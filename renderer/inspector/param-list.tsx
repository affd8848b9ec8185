import type { ParamSpec, Params } from '../../shared/catalog';
import { formatParamValue } from './format-param-value';

/** A read-only list of a node's params: label, current value, and the help text beneath. */
export function ParamList({ specs, params }: { specs: readonly ParamSpec[]; params: Params }) {
  if (specs.length === 0) return <p className="inspector__muted">This node has no settings.</p>;
  return (
    <dl className="param-list">
      {specs.map((spec) => {
        const value = formatParamValue(spec, params[spec.name]);
        return (
          <div key={spec.name} className="param-list__row" data-param={spec.name}>
            <dt className="param-list__label">
              {spec.label}
              {spec.required && <span className="param-list__required"> (required)</span>}
            </dt>
            <dd className="param-list__value" data-empty={value === 'Not set' || undefined}>
              {value}
            </dd>
            <dd className="param-list__help">{spec.help}</dd>
          </div>
        );
      })}
    </dl>
  );
}
