import { describe, expect, it, vi } from 'vitest';
import type { LegEvent } from '../../../shared/events';
import type { FlowNode } from '../../../shared/flow';
import { StepWaiting } from '../../../electron/runner/step-waiting';

const node = { id: 'wait-1', kind: 'wait', leg: 'caller', params: {} } as unknown as FlowNode;
const event = { event_sid: 'e1' } as unknown as LegEvent;

describe("a step's wait and watchers", () => {
  it('keeps the wait a step reports and hands it on, until the step is over', () => {
    const onWaiting = vi.fn();
    const waiting = new StepWaiting(onWaiting);
    const step = waiting.forStep(node, new AbortController().signal);
    step.reportWaiting('wait', 5_000, 5_000);
    expect(waiting.waiting).toMatchObject({ nodeId: 'wait-1', leg: 'caller', until: 5_000 });
    expect(onWaiting).toHaveBeenCalledWith(waiting.waiting);
    const heard = vi.fn();
    step.onRunEvent(heard);
    waiting.offer(event);
    expect(heard).toHaveBeenCalledWith(event);
    waiting.stepOver();
    expect(waiting.waiting).toBeNull();
    waiting.offer(event);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('takes no wait and no watcher from a step that is already over', () => {
    const onWaiting = vi.fn();
    const waiting = new StepWaiting(onWaiting);
    const ended = new AbortController();
    const step = waiting.forStep(node, ended.signal);
    ended.abort();
    step.reportWaiting('wait', 5_000, 5_000);
    expect(waiting.waiting).toBeNull();
    expect(onWaiting).not.toHaveBeenCalled();
    const heard = vi.fn();
    step.onRunEvent(heard);
    waiting.offer(event);
    expect(heard).not.toHaveBeenCalled();
  });
});
