export * from './flow-document';
export { serializeFlow } from './serialize-flow';
export { loadFlow, FlowLoadError } from './load-flow';
export { migrateFlow, MIGRATIONS, FlowVersionError } from './migrations';
export type { Migration } from './migrations';
export { validateFlow, isRunnable } from './validate-flow';
export type { Problem, ProblemCode } from './problem';
export { substituteTemplates, templateNames } from './templates';
export { FlowGraph } from './flow-graph';
