// The one API contract shared by the core, the Electron shell, the daemon and the renderer.
export * from './commands.js';
export * from './bench.js';
export * from './earnings.js';
export * from './wallet.js';
export * from './envelope.js';
export * from './events.js';
export * from './money.js';
export * from './models.js';
export * from './reasons.js';
export * from './settings.js';
export * from './state.js';
export * from './level-state.js';
export * from './verification.js';
export * from './throttle.js';
export * from './transport.js';
