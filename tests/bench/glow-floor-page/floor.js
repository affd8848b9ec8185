/* global document, location */
// The least a page can do with a run's updates: one WebSocket to the backend, and on each
// node-entered update, as soon as its message arrives, mark the node it left visited and the
// node it entered active. No framework, no store, no batching: what the glow bench measures
// here is the machine, the browser and the socket, the floor under any app.
const nodes = document.getElementById('nodes');
const runButton = document.querySelector('button');
const token = new URLSearchParams(location.search).get('token');
const socket = new WebSocket(`ws://${location.host}/ipc?token=${encodeURIComponent(token)}`);
const opened = new Promise((resolve) => socket.addEventListener('open', resolve));
const flow = await (await fetch('flow.json')).json();

/** The box of each node, by id. */
const boxes = new Map();
for (const node of flow.nodes) {
  const wrapper = document.createElement('div');
  wrapper.className = 'react-flow__node';
  wrapper.dataset.id = node.id;
  const box = document.createElement('div');
  box.className = 'node';
  box.dataset.runState = 'idle';
  box.textContent = node.label || node.kind;
  wrapper.append(box);
  nodes.append(wrapper);
  boxes.set(node.id, box);
}

let shownRun = null;
let active = null;
let nextId = 1;
const followRun = new Map();
/** Updates that arrive before `run.start` replies with the run's id, kept to be replayed then. */
let early = null;

const enter = (nodeId) => {
  if (active) active.dataset.runState = 'visited';
  active = boxes.get(nodeId) ?? null;
  if (active) active.dataset.runState = 'active';
};

socket.addEventListener('message', (event) => {
  const message = JSON.parse(event.data);
  if (message.type === 'reply') {
    const runId = message.result.ok ? message.result.value.runId : null;
    followRun.get(message.id)?.(runId);
    return;
  }
  const notifications = message.notifications ?? [message.notification];
  for (const { name, payload } of notifications) {
    if (name !== 'run.update' || payload.update.type !== 'node-entered') continue;
    if (early) early.push(payload);
    else if (payload.runId === shownRun) enter(payload.update.nodeId);
  }
});

runButton.addEventListener('click', () => {
  for (const box of boxes.values()) box.dataset.runState = 'idle';
  active = null;
  const id = nextId++;
  early = [];
  followRun.set(id, (runId) => {
    shownRun = runId;
    for (const payload of early) if (payload.runId === runId) enter(payload.update.nodeId);
    early = null;
  });
  socket.send(JSON.stringify({ type: 'request', id, command: 'run.start', payload: { flow } }));
});

await opened;
document.documentElement.setAttribute('data-app-state', 'ready');
