import fs from 'node:fs/promises';
import JSON5 from 'json5';
import type { ProblemList } from './app-problem.ts';
import type { JsonValue } from './json-value.ts';

/**
 * Parses JSON as Altinn apps write it: comments and trailing commas are allowed (Altinn's reader skips
 * them), and so is a byte order mark. Plain JSON takes the fast path.
 */
export function parseTolerantJson(text: string): JsonValue {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(source) as JsonValue;
  } catch {
    return JSON5.parse<JsonValue>(source);
  }
}

function describeSyntaxError(error: unknown): string {
  if (error instanceof SyntaxError) {
    const position = error as SyntaxError & { lineNumber?: number; columnNumber?: number };
    const reason = error.message.replace(/^JSON5: /, '').replace(/ at \d+:\d+$/, '');
    return position.lineNumber === undefined
      ? `not valid JSON: ${reason}`
      : `not valid JSON at line ${position.lineNumber}, column ${position.columnNumber}: ${reason}`;
  }
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

/** Reads and parses a JSON file; on failure reports an error for `file` and returns undefined. */
export async function readJsonFile(file: string, problems: ProblemList): Promise<JsonValue | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    problems.error(file, `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    problems.error(file, 'the file is empty');
    return undefined;
  }
  try {
    return parseTolerantJson(text);
  } catch (error) {
    problems.error(file, describeSyntaxError(error));
    return undefined;
  }
}
