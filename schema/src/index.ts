export * from './protected-characteristics/index.js';
