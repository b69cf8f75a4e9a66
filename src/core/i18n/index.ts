export { languageOfEnvironment, languageOfTag } from './language';
export {
  joinClauses,
  joinNames,
  placeholdersIn,
  t,
  translator,
  type Catalogue,
  type Lang,
  type MessageKey,
  type ParamsOf,
  type Translate,
} from './translate';
export { ruleName, ruleNameMessage } from './rule-name';
export {
  isMessage,
  LocalizedError,
  message,
  quoted,
  render,
  type Message,
  type MessageParam,
} from './message';
