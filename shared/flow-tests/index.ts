export * from './scenario-shape';
export * from './taken-outputs';
export * from './coverage';
export * from './tests-file-shape';
export * from './path-difference';
