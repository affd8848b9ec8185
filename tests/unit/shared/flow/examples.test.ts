import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowJsonSchemaText } from '../../../../shared/flow/flow-json-schema';
import { loadFlow, validateFlow } from '../../../../shared/flow';

const examples = readdirSync('assets/examples').filter((name) => name.endsWith('.legflow.json'));

describe('the example flows', () => {
  it('include the five the templates gallery promises', () => {
    expect(examples.sort()).toEqual(
      expect.arrayContaining([
        'appointment-reminder.legflow.json',
        'click-to-call.legflow.json',
        'ivr-menu.legflow.json',
        'recording-with-consent.legflow.json',
        'voice-bot-stream.legflow.json',
      ]),
    );
  });

  it.each(examples)('%s loads and validates clean', (name) => {
    const flow = loadFlow(readFileSync(`assets/examples/${name}`, 'utf8'));
    expect(validateFlow(flow)).toEqual([]);
  });

  it('the IVR menu has a Gather with three choices', () => {
    const flow = loadFlow(readFileSync('assets/examples/ivr-menu.legflow.json', 'utf8'));
    const gather = flow.nodes.find((node) => node.kind === 'gather');
    expect(gather?.params.choices).toHaveLength(3);
  });

  it('the reminder detects answering machines', () => {
    const flow = loadFlow(
      readFileSync('assets/examples/appointment-reminder.legflow.json', 'utf8'),
    );
    expect(flow.nodes.find((node) => node.kind === 'outbound-call')?.params.amd_enable).toBe(true);
    expect(flow.edges.some((edge) => edge.port === 'machine')).toBe(true);
  });
});

describe('the shipped JSON Schema', () => {
  it('matches the zod schema (run `npm run schema` after changing the flow format)', () => {
    expect(readFileSync('assets/flow.schema.json', 'utf8')).toBe(flowJsonSchemaText());
  });

  it('describes the flow document', () => {
    const schema = JSON.parse(flowJsonSchemaText());
    expect(schema.required).toEqual(['format', 'version', 'name', 'legs', 'nodes', 'edges']);
    expect(schema.properties.notes.default).toEqual([]);
    expect(schema.properties.variables.default).toEqual({});
    expect(schema.properties.nodes.items.required).not.toContain('leg');
    expect(schema.properties.nodes.items.properties.kind.enum).toContain('outbound-call');
  });
});
