import eventsJson from '../../data/events.json';
import operatorJson from '../../data/operator.json';
import questionnaireJson from '../../data/questionnaire.json';
import { type NetworkEvent, parseEvents } from './parse-events.ts';
import { type Operator, parseOperator } from './parse-operator.ts';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import type { Questionnaire } from './questionnaire-types.ts';

/** Parses on the first call and keeps the result: no work on import, and the JSON is checked once. */
function once<T>(parse: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= parse();
    return value;
  };
}

/** The questionnaire the app ships with (data/questionnaire.json), parsed at the catalogue boundary. */
export const bundledQuestionnaire: () => Questionnaire = /* @__PURE__ */ once(() =>
  parseQuestionnaire(questionnaireJson),
);

/** The operator facts the app ships with (data/operator.json), parsed at the catalogue boundary. */
export const bundledOperator: () => Operator = /* @__PURE__ */ once(() => parseOperator(operatorJson));

/** The network events the app ships with (data/events.json), parsed at the catalogue boundary. */
export const bundledEvents: () => NetworkEvent[] = /* @__PURE__ */ once(() => parseEvents(eventsJson));
