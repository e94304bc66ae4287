import { stringify, toInteger, toText } from '../coerce.ts';
import { ExpressionFailure } from '../errors.ts';
import type { FunctionTable, Invocation } from '../scope.ts';

/** Both arguments as text; false when either is null. */
function textTest(test: (text: string, part: string) => boolean) {
  return (invocation: Invocation): boolean => {
    const [text, part] = invocation.values().map(toText);
    return text !== null && text !== undefined && part !== null && part !== undefined && test(text, part);
  };
}

/** The argument as text, passed on when it is null. */
function textMap(map: (text: string) => string) {
  return (invocation: Invocation): string | null => {
    const text = toText(invocation.argument(0));
    return text === null ? null : map(text);
  };
}

function firstCharacter(text: string, change: (char: string) => string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return change(char) + text.slice(char.length);
}

const contains = textTest((text, part) => text.includes(part));

export const STRING_FUNCTIONS: FunctionTable<
  | 'concat'
  | 'contains'
  | 'notContains'
  | 'commaContains'
  | 'startsWith'
  | 'endsWith'
  | 'stringLength'
  | 'stringIndexOf'
  | 'stringReplace'
  | 'stringSlice'
  | 'lowerCase'
  | 'upperCase'
  | 'lowerCaseFirst'
  | 'upperCaseFirst'
> = {
  concat: (invocation) => invocation.values().map(stringify).join(''),
  contains,
  notContains: (invocation) => !contains(invocation),
  commaContains: textTest((list, item) => list.split(',').some((entry) => entry.trim() === item)),
  startsWith: textTest((text, part) => text.startsWith(part)),
  endsWith: textTest((text, part) => text.endsWith(part)),
  stringLength: (invocation) => toText(invocation.argument(0))?.length ?? 0,
  stringIndexOf: (invocation) => {
    const [text, part] = invocation.values().map(toText);
    if (text === null || text === undefined || part === null || part === undefined) return null;
    const index = text.indexOf(part);
    return index === -1 ? null : index;
  },
  stringReplace: (invocation) => {
    const [text, search, replacement] = invocation.values().map(toText);
    if (text === null || text === undefined) return null;
    if (search === null || search === undefined || search === '') return text;
    return text.split(search).join(replacement ?? '');
  },
  stringSlice: (invocation) => {
    const values = invocation.values();
    const text = toText(values[0] ?? null);
    const bounds = values.slice(1);
    if (bounds.some((bound) => bound === null)) throw new ExpressionFailure('Start/end index cannot be null');
    const [start = 0, end] = bounds.map((bound) => toInteger(bound, 'the start/end index'));
    return text === null ? null : text.slice(start, end);
  },
  lowerCase: textMap((text) => text.toLowerCase()),
  upperCase: textMap((text) => text.toUpperCase()),
  lowerCaseFirst: textMap((text) => firstCharacter(text, (char) => char.toLowerCase())),
  upperCaseFirst: textMap((text) => firstCharacter(text, (char) => char.toUpperCase())),
};
