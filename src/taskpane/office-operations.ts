import type { RectifyOperations } from '../office/operations';

/** The Office.js implementation of the operations (src/office). */
export function createOfficeOperations(): RectifyOperations {
  throw new Error('The Office.js operations are not wired in yet.');
}
