import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../../shared/flow';
import { example } from '../runner/run-helpers';
import { fakeRunService } from './fake-targets';
import { refusal } from './service-helpers';

describe('the run service: an Incoming call on a {{template}} ExoPhone', () => {
  it('refuses the run with a message a person can act on, and starts nothing', async () => {
    const flow: FlowDocument = structuredClone(example('ivr-menu'));
    flow.nodes.find((node) => node.kind === 'incoming-call')!.params.exophone = '{{line}}';
    const { service } = fakeRunService({});
    const refused = await refusal(service.start({ flow }));
    expect(refused.reason).toBe('bad-exophone');
    expect(refused.message).toContain(
      'The ExoPhone callers dial must be a number, not a {{template}}: nothing has been set when the call comes in.',
    );
    expect(service.active()).toEqual([]);
    await service.close();
  });

  it('refuses a run whose Incoming call has no ExoPhone at all, saying so', async () => {
    const flow: FlowDocument = structuredClone(example('ivr-menu'));
    delete flow.nodes.find((node) => node.kind === 'incoming-call')!.params.exophone;
    const { service } = fakeRunService({});
    const refused = await refusal(service.start({ flow }));
    expect(refused.reason).toBe('bad-exophone');
    expect(refused.message).toBe(
      '"Call to the support line" has no ExoPhone: give it the number callers dial.',
    );
    expect(service.active()).toEqual([]);
    await service.close();
  });
});
