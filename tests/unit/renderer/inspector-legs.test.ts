import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../../shared/flow';
import {
  LEG_PALETTE,
  contrastOnWhite,
  isTooPale,
  nextLegColor,
} from '../../../renderer/legs/leg-colors';
import {
  addLeg,
  assignLeg,
  legIdFor,
  legLabelProblem,
  legUsers,
  removeLeg,
  updateLeg,
} from '../../../renderer/legs/leg-edits';

function flow(): FlowDocument {
  return {
    format: 'legflow.flow',
    version: 2,
    name: 'Legs',
    legs: [
      { id: 'caller', label: 'Caller', color: '#2563eb' },
      { id: 'agent', label: 'Agent', color: '#c2410c' },
    ],
    nodes: [
      { id: 'say', kind: 'say', leg: 'caller', label: '', params: {}, position: { x: 0, y: 0 } },
      {
        id: 'bridge',
        kind: 'bridge-legs',
        leg: null,
        label: '',
        params: { legs: ['caller', 'agent'] },
        position: { x: 0, y: 0 },
      },
      { id: 'wait', kind: 'wait', leg: null, label: '', params: {}, position: { x: 0, y: 0 } },
    ],
    edges: [],
    notes: [],
    variables: {},
  };
}

describe('the leg palette', () => {
  it('has distinct colours, each readable as text on white (4.5:1)', () => {
    expect(new Set(LEG_PALETTE).size).toBe(LEG_PALETTE.length);
    for (const color of LEG_PALETTE) expect(contrastOnWhite(color)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives a new leg the first colour no leg uses, then starts again', () => {
    expect(nextLegColor([])).toBe(LEG_PALETTE[0]);
    expect(nextLegColor(['#2563EB'])).toBe(LEG_PALETTE[1]);
    expect(nextLegColor([...LEG_PALETTE])).toBe(LEG_PALETTE[0]);
  });

  it('flags colours too pale to see on the canvas', () => {
    expect(isTooPale('#ffff00')).toBe(true);
    expect(isTooPale('#2563eb')).toBe(false);
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1);
    expect(contrastOnWhite('#000000')).toBeCloseTo(21);
  });
});

describe('leg ids and names', () => {
  it('makes ids usable in templates and Branch tests, and unique', () => {
    expect(legIdFor('Agent', [])).toBe('agent');
    expect(legIdFor('Support agent (2nd line)', [])).toBe('support_agent_2nd_line');
    expect(legIdFor('2nd agent', [])).toBe('leg_2nd_agent');
    expect(legIdFor('Café', [])).toBe('cafe');
    expect(legIdFor('!!!', [])).toBe('leg');
    expect(legIdFor('Agent', ['agent', 'agent_2'])).toBe('agent_3');
  });

  it('refuses empty, long and duplicate names, except a leg’s own', () => {
    const { legs } = flow();
    expect(legLabelProblem('  ', legs)).toMatch(/needs a name/);
    expect(legLabelProblem('x'.repeat(61), legs)).toMatch(/60 characters/);
    expect(legLabelProblem(' agent ', legs)).toBe('There is already a leg called Agent.');
    expect(legLabelProblem('Agent', legs, 'agent')).toBeNull();
    expect(legLabelProblem('Supervisor', legs)).toBeNull();
  });
});

describe('leg edits', () => {
  it('adds a leg with the next palette colour', () => {
    const { flow: next, id } = addLeg(flow(), ' Supervisor ');
    expect(id).toBe('supervisor');
    expect(next.legs.at(-1)).toEqual({ id, label: 'Supervisor', color: LEG_PALETTE[2] });
  });

  it('renames and recolours without changing the id', () => {
    const next = updateLeg(flow(), 'agent', { label: 'Expert', color: '#15803d' });
    expect(next.legs[1]).toEqual({ id: 'agent', label: 'Expert', color: '#15803d' });
  });

  it('counts the nodes that act on or bridge a leg', () => {
    expect(legUsers(flow(), 'caller').map((node) => node.id)).toEqual(['say', 'bridge']);
    expect(legUsers(flow(), 'agent').map((node) => node.id)).toEqual(['bridge']);
  });

  it('removes a leg from its nodes and bridges too, leaving no dangling id', () => {
    const before = flow();
    const next = removeLeg(before, 'caller');
    expect(next.legs.map((leg) => leg.id)).toEqual(['agent']);
    expect(next.nodes[0]!.leg).toBeNull();
    expect(next.nodes[1]!.params.legs).toEqual(['agent']);
    expect(next.nodes[2]).toBe(before.nodes[2]);
  });

  it('puts only nodes that act on a leg onto another one', () => {
    const next = assignLeg(flow(), ['say', 'bridge', 'wait'], 'agent');
    expect(next.nodes.map((node) => node.leg)).toEqual(['agent', null, null]);
  });
});
