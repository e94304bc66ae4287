/**
 * Paths into a data model: dotted field names, each optionally followed by row indexes,
 * e.g. `Bedrifter[1].Ansatte[0].Alder`. Bindings in layouts carry no indexes; the rows of the repeating
 * groups around a component supply them (see {@link transposeDataPath}).
 */
export interface PathSegment {
  readonly name: string;
  readonly indexes: readonly number[];
}

export type DataPath = readonly PathSegment[];

const SEGMENT = /^([^.[\]]+)((?:\[\d+\])*)$/;
const INDEX = /\[(\d+)\]/g;

export class DataPathError extends Error {
  constructor(readonly path: string) {
    super(`Invalid data model path "${path}"`);
    this.name = 'DataPathError';
  }
}

export function parseDataPath(text: string): DataPath {
  if (text === '') throw new DataPathError(text);
  return text.split('.').map((part) => {
    const match = SEGMENT.exec(part);
    if (match === null) throw new DataPathError(text);
    const indexes = [...(match[2] ?? '').matchAll(INDEX)].map((index) => Number(index[1]));
    return { name: match[1] ?? '', indexes };
  });
}

export function formatDataPath(path: DataPath): string {
  return path
    .map((segment) => `${segment.name}${segment.indexes.map((index) => `[${index}]`).join('')}`)
    .join('.');
}

/**
 * Fills in the row indexes a path leaves out from the row it is evaluated in. Walking both paths from
 * the start, a segment without indexes whose name matches the context's takes the context's indexes;
 * the first segment with indexes of its own, or the first name that differs, ends the filling, so
 * `Bedrifter[0].Ansatte.Alder` stays pointed at the whole `Ansatte` list even in row [0, 1].
 */
export function transposeDataPath(path: DataPath, context: DataPath | undefined): DataPath {
  if (context === undefined || context.length === 0) return path;
  const result: PathSegment[] = [];
  let following = true;
  path.forEach((segment, position) => {
    const contextSegment = context[position];
    if (following && contextSegment !== undefined && contextSegment.name === segment.name) {
      if (segment.indexes.length === 0) {
        result.push(contextSegment);
        return;
      }
    }
    following = false;
    result.push(segment);
  });
  return result;
}

/** The path of row `index` of the list at `path`. */
export function withRowIndex(path: DataPath, index: number): DataPath {
  const last = path[path.length - 1];
  if (last === undefined) return path;
  return [...path.slice(0, -1), { name: last.name, indexes: [...last.indexes, index] }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a path from plain JSON data. Only own fields of objects and positions of arrays are followed,
 * so `a.value.length` on a string is undefined rather than the string's length.
 */
export function readDataPath(root: unknown, path: DataPath | string): unknown {
  const segments = typeof path === 'string' ? parseDataPath(path) : path;
  let current: unknown = root;
  for (const segment of segments) {
    if (!isRecord(current) || !Object.hasOwn(current, segment.name)) return undefined;
    current = current[segment.name];
    for (const index of segment.indexes) {
      if (!Array.isArray(current) || index >= current.length) return undefined;
      current = current[index];
    }
  }
  return current;
}
