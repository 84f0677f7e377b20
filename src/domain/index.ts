export * from './value.ts';
export * from './plan.ts';
export * from './source-text.ts';
export * from './observation.ts';
export * from './errors.ts';
export * from './evaluation.ts';
export * from './period.ts';
export * from './box-item-key.ts';
