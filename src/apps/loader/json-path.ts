const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `["dataTypes", 2, "taskId"]` → `dataTypes[2].taskId`; keys with dots or spaces in brackets. */
export function jsonPath(segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** A JSON pointer (`/dataTypes/2/taskId`) as a path; array indexes are told apart by `value`. */
export function jsonPathOfPointer(pointer: string, value: unknown): string {
  if (pointer === '') return '';
  const segments: (string | number)[] = [];
  let current = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current) && /^\d+$/.test(key)) {
      segments.push(Number(key));
      current = current[Number(key)];
    } else {
      segments.push(key);
      current =
        typeof current === 'object' && current !== null
          ? (current as Record<string, unknown>)[key]
          : undefined;
    }
  }
  return jsonPath(segments);
}
