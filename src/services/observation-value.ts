export { parseObservedValue, formatObservedValue, milestoneWords, type ObservedValue } from '../domain/index.ts';
