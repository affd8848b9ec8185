import { definitionOf } from '../../shared/catalog';
import type { LegEvent } from '../../shared/events';
import { eventData } from '../../shared/events';
import type { FlowEdge, FlowNode } from '../../shared/flow';
import { FlowGraph } from '../../shared/flow';
import type { DeliveryInfo } from '../listener';
import { EventWaits } from './event-waits';
import { executeNode } from './execute-node';
import { HANGUP_EXOML, hangUpEveryLeg, reasonWithLegsLeftUp } from './leg-hangups';
import { LegsEndedWait } from './legs-ended-wait';
import { RunDebugger } from './run-debugger';
import { RunGuards } from './run-guards';
import {
  HangupInterrupt,
  STEP_OVER,
  StopInterrupt,
  statusOfUnconnectedPort,
} from './run-interrupts';
import { RunLegs } from './run-legs';
import { RunVariables } from './run-variables';
import type { RunLeg } from './run-legs';
import type { RunOptions, RunPlatform, RunStatus, RunUpdate, RunWaiting } from './run-types';
import type { StepContext, StepOutcome } from './step-context';
import { StepWaiting, waitingUpdate } from './step-waiting';
import { legOutcomes } from './run-result';
import type { RunResult } from './run-result';

export type { LegOutcome, RunResult } from './run-result';

/**
 * One run of a flow: a cursor that walks the graph, a leg per role, variables, and the debug
 * controls. It reports every step as a {@link RunUpdate}; `finished` resolves when it ends,
 * after every leg it created or answered has been hung up.
 */
export class FlowRun {
  readonly id: string;
  readonly finished: Promise<RunResult>;
  private readonly nodes: Map<string, FlowNode>;
  private readonly graph: FlowGraph;
  private readonly legs = new RunLegs();
  private readonly variables: RunVariables;
  private readonly waits: EventWaits;
  private readonly debugger: RunDebugger;
  private readonly guards: RunGuards;
  private readonly listeners = new Set<(update: RunUpdate) => void>();
  private readonly seenEvents = new Set<string>();
  private readonly runAbort = new AbortController();
  private readonly path: string[] = [];
  private stepAbort: AbortController | null = null;
  private readonly stepWaiting: StepWaiting;
  private current: FlowNode | null = null;
  private hangup: { leg: RunLeg; to: string | null } | null = null;
  private readonly legsEnded: LegsEndedWait;
  /** Wakes a bridge that waits for a hang-up. */
  private wakeHold: (() => void) | null = null;
  private resolveFinished!: (result: RunResult) => void;
  private unsubscribe: () => void = () => {};

  constructor(
    private readonly options: RunOptions,
    private readonly platform: RunPlatform,
  ) {
    this.id = options.runId;
    this.graph = new FlowGraph(options.flow);
    this.nodes = this.graph.nodes;
    this.waits = new EventWaits(platform.clock);
    this.legsEnded = new LegsEndedWait(platform);
    this.guards = new RunGuards(options.maxSteps, options.maxVisits);
    this.debugger = new RunDebugger(
      options.breakpoints,
      options.startPaused,
      (nodeId, reason) => this.emit({ type: 'paused', nodeId, reason, at: this.now() }),
      () => this.emit({ type: 'resumed', at: this.now() }),
    );
    this.variables = new RunVariables({ ...options.flow.variables, ...options.variables }, (all) =>
      this.emit({ type: 'variables', variables: all, at: this.now() }),
    );
    this.stepWaiting = new StepWaiting((wait) => {
      if (options.reportWaits) this.emit(waitingUpdate(wait, this.now()));
    });
    this.finished = new Promise((resolve) => (this.resolveFinished = resolve));
  }

  /** Subscribes to the run's updates; returns the unsubscribe function. */
  onUpdate(listener: (update: RunUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts walking the flow; call once, after subscribing to updates. */
  start(): this {
    this.unsubscribe = this.platform.events.subscribe({ runId: this.id }, (event, info) =>
      this.onEvent(event, info),
    );
    void this.walk();
    return this;
  }

  pause(): void {
    this.debugger.pause();
  }
  step(): void {
    this.debugger.step();
  }
  continue(): void {
    this.debugger.continue();
  }
  setBreakpoints(nodeIds: Iterable<string>): void {
    this.debugger.breakpoints.clear();
    for (const id of nodeIds) this.debugger.breakpoints.add(id);
  }
  /** Where the run is paused, or null. */
  get pausedAt(): string | null {
    return this.debugger.paused;
  }
  /**
   * What the run waits for now (a Wait node, a Gather's time-out, a leg ringing), or null; a new
   * object for each wait, so a skip can tell when the one it skips has ended.
   */
  get waiting(): RunWaiting | null {
    return this.stepWaiting.waiting;
  }
  /** Stops the run and hangs up its legs; resolves when that is done. */
  stop(reason = 'Stopped.'): Promise<RunResult> {
    this.runAbort.abort(new StopInterrupt(reason));
    return this.finished;
  }

  private now(): number {
    return this.platform.clock.now();
  }

  private emit(update: RunUpdate): void {
    for (const listener of this.listeners) listener(update);
  }

  private async walk(): Promise<void> {
    this.emit({ type: 'started', runId: this.id, flow: this.options.flow.name, at: this.now() });
    const start = this.graph.startNodes()[0];
    if (!start) {
      await this.finish('failed', 'The flow has no start.');
      return;
    }
    let nodeId: string | null = start.id;
    try {
      for (;;) {
        nodeId = this.takeHangup(nodeId);
        if (nodeId === null) return;
        await this.debugger.gate(nodeId, this.runAbort.signal);
        nodeId = this.takeHangup(nodeId);
        if (nodeId === null) return;
        nodeId = await this.runStep(this.nodes.get(nodeId)!);
        if (nodeId === null) return;
      }
    } catch (error) {
      const stopped = error instanceof StopInterrupt;
      const reason = stopped ? error.reason : `Internal error: ${(error as Error).message}`;
      await this.finish(stopped ? 'stopped' : 'failed', reason);
    }
  }

  /** After a leg hung up: its handler, or the end of the run. Otherwise `nodeId` unchanged. */
  private takeHangup(nodeId: string): string | null {
    const hangup = this.hangup;
    if (!hangup) return nodeId;
    this.hangup = null;
    if (hangup.to) return hangup.to;
    const status = hangup.leg.fields.terminal_status ?? 'completed';
    void this.finish(
      status === 'completed' ? 'completed' : 'failed',
      `${this.legLabel(hangup.leg.role)} hung up (${status}).`,
    );
    return null;
  }

  /** Runs one node; returns the next node id, or null when the run has ended. */
  private async runStep(node: FlowNode): Promise<string | null> {
    const definition = definitionOf(node.kind);
    const title = node.label || definition.title;
    const stop = this.guards.enter(node.id, title);
    if (stop) return this.finish('failed', stop).then(() => null);
    this.path.push(node.id);
    this.current = node;
    this.emit({
      type: 'node-entered',
      nodeId: node.id,
      leg: node.leg,
      step: this.guards.stepCount,
      at: this.now(),
    });
    const outcome = await this.execute(node);
    this.current = null;
    if (outcome === 'interrupted') return node.id;
    if ('end' in outcome)
      return this.finish(outcome.end.status, outcome.end.reason).then(() => null);
    if ('holdUntilHangup' in outcome) return node.id;
    const edge = this.edgeFrom(node, outcome.port);
    this.emit({
      type: 'node-left',
      nodeId: node.id,
      port: outcome.port,
      to: edge?.to ?? null,
      at: this.now(),
    });
    if (edge) return edge.to;
    if (node.kind === 'bridge-legs' && outcome.port === 'next') return this.holdUntilHangup(node);
    const error = this.variables.get('error.message');
    const status = statusOfUnconnectedPort(outcome.port);
    const reason =
      outcome.port === 'error' && error
        ? `"${title}" failed: ${error}`
        : status === 'failed' || outcome.port !== 'next'
          ? `"${title}" left by "${outcome.port}", which leads nowhere.`
          : `The flow ended after "${title}".`;
    return this.finish(status, reason).then(() => null);
  }

  /** Executes a node, turning an API refusal into its `error` port and a hang-up into a jump. */
  private async execute(node: FlowNode): Promise<StepOutcome | 'interrupted'> {
    this.stepAbort = new AbortController();
    const onRunAbort = () => this.stepAbort?.abort(this.runAbort.signal.reason);
    this.runAbort.signal.addEventListener('abort', onRunAbort, { once: true });
    try {
      return await executeNode(this.stepContext(node, this.stepAbort.signal));
    } catch (error) {
      if (this.runAbort.signal.aborted) throw this.runAbort.signal.reason;
      // A leg that hung up wins over whatever else went wrong in the step.
      if (error instanceof HangupInterrupt || this.hangup) return 'interrupted';
      this.variables.set('error.message', (error as Error).message);
      return { port: 'error' };
    } finally {
      this.runAbort.signal.removeEventListener('abort', onRunAbort);
      this.stepAbort.abort(STEP_OVER);
      this.stepAbort = null;
      this.stepWaiting.stepOver();
    }
  }

  /** A bridge with nothing after it lasts until a leg hangs up. */
  private async holdUntilHangup(node: FlowNode): Promise<string | null> {
    this.current = node;
    await new Promise<void>((resolve) => {
      this.wakeHold = resolve;
      this.runAbort.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    this.wakeHold = null;
    this.current = null;
    if (this.runAbort.signal.aborted) throw this.runAbort.signal.reason;
    return node.id;
  }

  private stepContext(node: FlowNode, signal: AbortSignal): StepContext {
    const definition = definitionOf(node.kind);
    return {
      runId: this.id,
      node,
      definition,
      ports: new Set(definition.ports(node.params).map((port) => port.name)),
      platform: this.platform,
      legs: this.legs,
      bindLeg: (role, sid, fields) => {
        this.variables.setLegFields(role, this.legs.bind(role, sid, fields).fields);
      },
      waits: this.waits,
      legEndedElsewhere: (sid, terminalStatus) => {
        const leg = this.legs.ofSid(sid);
        if (!leg || leg.state === 'terminal') return;
        leg.state = 'terminal';
        leg.fields.terminal_status = terminalStatus;
        if (!leg.hungUpByRun) this.legEnded(leg);
      },
      signal,
      actionTag: `${this.id}:${this.guards.stepCount}`,
      variables: this.variables,
      callApi: (method, target, request, call) => this.callApi(method, target, request, call),
      incomingTimeoutSeconds: this.options.incomingTimeoutSeconds ?? 120,
      ...this.stepWaiting.forStep(node, signal),
    };
  }

  private async callApi<T>(
    method: string,
    target: string,
    request: unknown,
    call: () => Promise<T>,
  ): Promise<T> {
    try {
      const reply = await call();
      this.emit({ type: 'api', method, target, request, ok: true, reply, at: this.now() });
      return reply;
    } catch (error) {
      const reply = { error: (error as Error).message };
      this.emit({ type: 'api', method, target, request, ok: false, reply, at: this.now() });
      throw error;
    }
  }

  private edgeFrom(node: FlowNode, port: string): FlowEdge | undefined {
    return this.graph.outgoing.get(node.id)?.find((edge) => edge.port === port);
  }

  private legLabel(role: string): string {
    return this.options.flow.legs.find((leg) => leg.id === role)?.label || role;
  }

  private onEvent(event: LegEvent, info: DeliveryInfo): void {
    if (this.seenEvents.has(event.event_sid)) return;
    this.seenEvents.add(event.event_sid);
    const applied = this.legs.apply(event, info.name);
    const role = applied?.leg.role ?? null;
    this.emit({
      type: 'event',
      leg: role,
      name: info.name,
      eventSid: event.event_sid,
      data: eventData(event),
      at: this.now(),
    });
    if (applied) this.variables.setLegFields(applied.leg.role, applied.leg.fields);
    this.stepWaiting.offer(event);
    this.waits.offer(event);
    if (applied?.ended && !applied.leg.hungUpByRun) this.legEnded(applied.leg);
    if (applied?.ended) this.legsEnded.onLegEnded();
  }

  /** A leg ended that the flow did not hang up: go to its handler, or end the run. */
  private legEnded(leg: RunLeg): void {
    const current = this.current;
    // While its Outbound call waits, a leg's end is that node's outcome, not a hang-up.
    if (current?.kind === 'outbound-call' && current.leg === leg.role && this.stepAbort) return;
    if (this.runAbort.signal.aborted) return;
    const creator = this.options.flow.nodes.find(
      (node) =>
        node.leg === leg.role && (node.kind === 'outbound-call' || node.kind === 'incoming-call'),
    );
    const handler = creator ? this.edgeFrom(creator, 'hung-up') : undefined;
    this.hangup = { leg, to: handler?.to ?? null };
    this.stepAbort?.abort(new HangupInterrupt(leg.role));
    this.wakeHold?.();
  }

  private finishing = false;

  /**
   * Ends the run: stops its waits, hangs up every live leg until the platform reports it ended
   * (bounded; see leg-hangups.ts), releases its events. A leg still up is named in the result.
   */
  private async finish(status: RunStatus, reason: string): Promise<null> {
    if (this.finishing) return null;
    this.finishing = true;
    if (!this.runAbort.signal.aborted) this.runAbort.abort(new StopInterrupt(reason));
    const legsLeftUp = await hangUpEveryLeg({
      clock: this.platform.clock,
      api: this.platform.api,
      legs: this.legs,
      post: (leg) => {
        const request = { exoml: HANGUP_EXOML };
        return this.callApi('legAction', leg.role, request, () =>
          this.platform.api.legAction(leg.sid, request),
        );
      },
      ended: (legs, ms) => this.legsEnded.wait(legs, ms),
    });
    this.unsubscribe();
    this.platform.events.releaseRun(this.id);
    const result: RunResult = {
      status,
      reason: reasonWithLegsLeftUp(reason, legsLeftUp),
      path: [...this.path],
      legs: legOutcomes(this.legs.all()),
      legsLeftUp,
    };
    // Only when there are some, so the updates of a run that hung up everything stay as they were.
    const { legsLeftUp: leftUp, ...rest } = result;
    this.emit({
      type: 'finished',
      ...rest,
      ...(leftUp.length > 0 ? { legsLeftUp: leftUp } : {}),
      at: this.now(),
    });
    this.resolveFinished(result);
    return null;
  }
}
