export { extractFile } from './extract-file.ts';
