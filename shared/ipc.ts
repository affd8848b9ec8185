// The contract between the UI and the backend (DESIGN.md, "The parts"): commands with their
// request and reply schemas, notifications with their payload schemas, and the envelopes the
// two carriers (Electron IPC, browser mode's WebSocket) move them in. See shared/ipc/contract.ts
// for how a command is added.
export * from './ipc/contract';
export * from './ipc/domain-api';
export * from './ipc/ipc-error';
export * from './ipc/wire';
export * from './ipc/app-contract';
export * from './ipc/files-contract';
export * from './ipc/templates-contract';
export * from './ipc/phone-contract';
export * from './ipc/run-contract';
export * from './ipc/run-update-schema';
export * from './ipc/settings-contract';
export * from './ipc/autosave-contract';
export * from './ipc/call-lookup-contract';
export * from './ipc/flow-tests-contract';
export * from './ipc/menu-contract';
export * from './ipc/desktop-contract';
export type { DesktopBridge } from './ipc/desktop-bridge';
export type { CommandSpec } from './ipc/define-contract';
