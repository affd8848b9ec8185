import { definitionOf } from '../catalog';
import type { ParamSpec, ParamValue } from '../catalog';
import type { FlowDocument, FlowNode } from './flow-document';
import { EXOPHONE_TEMPLATE_MESSAGE, hasTemplatedExophone } from './incoming-exophone';
import { nodeName } from './node-name';
import type { Problem } from './problem';

/** Indian numbers with a leading 0 or a country prefix, or a SIP address. */
const PHONE = /^(\+?\d{10,15}|0\d{9,14})$/;
const SIP = /^sip:[^@\s]+@[^@\s]+$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function hasTemplate(value: string): boolean {
  return value.includes('{{');
}

/** What is wrong with one value for its spec, in words that follow the param's label. */
function valueProblem(spec: ParamSpec, value: ParamValue, flow: FlowDocument): string | null {
  switch (spec.type) {
    case 'string': {
      if (typeof value !== 'string') return 'must be text';
      if (value === '' || hasTemplate(value)) return null;
      if (spec.format === 'url') {
        // shared/ has no URL global (no DOM, no Node), so the shape is checked by hand.
        const scheme = /^([a-z][a-z0-9+.-]*:)\/\/[^\s/?#]+[^\s]*$/i.exec(value)?.[1]?.toLowerCase();
        if (!scheme) return `is not a web address: "${value}"`;
        if (spec.schemes && !spec.schemes.includes(scheme)) {
          return `must start with ${spec.schemes.map((s) => `${s}//`).join(' or ')}`;
        }
      }
      if (spec.format === 'phone' && !PHONE.test(value.replace(/[\s-]/g, '')) && !SIP.test(value)) {
        return `"${value}" is not a phone number (with a leading 0 or country code) or a sip: address`;
      }
      if (spec.format === 'identifier' && !IDENTIFIER.test(value)) {
        return 'may use only letters, digits and _ , and must not start with a digit';
      }
      return null;
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'must be a whole number';
      if (value < spec.min || value > spec.max) return `must be from ${spec.min} to ${spec.max}`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be on or off (true or false)';
    case 'enum':
      return typeof value === 'string' && spec.options.some((option) => option.value === value)
        ? null
        : `must be one of ${spec.options.map((option) => JSON.stringify(option.value)).join(', ')}`;
    case 'choices':
    case 'conditions':
      return Array.isArray(value) ? null : 'must be a list';
    case 'legs': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
        return 'must be a list of legs';
      const unknown = (value as string[]).filter(
        (role) => !flow.legs.some((leg) => leg.id === role),
      );
      return unknown.length
        ? `names legs that the flow does not have: ${unknown.join(', ')}`
        : null;
    }
  }
}

function isEmpty(value: ParamValue | undefined): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Missing, malformed and out-of-range params of one node, plus its kind's own rules. */
export function validateNodeParams(node: FlowNode, flow: FlowDocument): Problem[] {
  const definition = definitionOf(node.kind);
  const name = nodeName(node, flow);
  const problems: Problem[] = [];
  for (const spec of definition.params) {
    const value = node.params[spec.name];
    if (isEmpty(value)) {
      if (spec.required) {
        problems.push({
          code: 'param-missing',
          severity: 'error',
          message: `"${name}" needs ${spec.label.toLowerCase()}.`,
          nodeId: node.id,
          param: spec.name,
        });
      }
      continue;
    }
    const problem = valueProblem(spec, value!, flow);
    if (problem) {
      problems.push({
        code: 'param-invalid',
        severity: 'error',
        message: `"${name}": ${spec.label} ${problem}.`,
        nodeId: node.id,
        param: spec.name,
      });
    }
  }
  if (hasTemplatedExophone(node)) {
    problems.push({
      code: 'param-invalid',
      severity: 'error',
      message: `"${name}": ${EXOPHONE_TEMPLATE_MESSAGE}`,
      nodeId: node.id,
      param: 'exophone',
    });
  }
  for (const check of definition.checks?.(node.params) ?? []) {
    problems.push({
      code: 'param-invalid',
      severity: check.severity,
      message: `"${name}": ${check.message}`,
      nodeId: node.id,
      param: check.param,
    });
  }
  return problems;
}
