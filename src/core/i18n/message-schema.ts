import { z } from 'zod';
import { isMessage, type Message } from './message';
import { zh } from './zh';

/**
 * A `Message` as data, for the boundaries that carry one (a list's diagnostics, a reader's notes,
 * `rectify parse --json`): a catalogue key and parameters that are text, numbers, other messages
 * or lists of these — never a function, so that it survives JSON.
 */
export const messageSchema = z.custom<Message>(isMessageData, {
  message: 'a catalogue message: a known key and parameters of text, numbers or messages',
});

function isMessageData(value: unknown): boolean {
  if (!isMessage(value) || !Object.hasOwn(zh, value.key)) return false;
  const params: unknown = value.params;
  if (params === undefined) return true;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
  return Object.values(params).every(
    (param) => isShown(param) || (Array.isArray(param) && param.every(isShown)),
  );
}

function isShown(param: unknown): boolean {
  return typeof param === 'string' || typeof param === 'number' || isMessageData(param);
}
