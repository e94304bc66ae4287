import { encodeContinuationToken, type PageCursor } from '../continuation-token.ts';

const STORAGE_INSTANCES = '/storage/api/v1/instances';

/** `self` echoes the request, `next` repeats it with the token of the next page in place of any old one. */
export function queryLinks(
  baseUrl: string,
  requestUrl: string,
  next: PageCursor | undefined,
): { self: string; next?: string } {
  const self = `${baseUrl}${requestUrl}`;
  if (next === undefined) return { self };
  const queryStart = requestUrl.indexOf('?');
  const path = queryStart < 0 ? requestUrl : requestUrl.slice(0, queryStart);
  const kept = (queryStart < 0 ? '' : requestUrl.slice(queryStart + 1))
    .split('&')
    .filter((pair) => pair !== '' && !/^continuationtoken(=|$)/i.test(pair));
  kept.push(`continuationToken=${encodeContinuationToken(next)}`);
  return { self, next: `${baseUrl}${path}?${kept.join('&')}` };
}

export { STORAGE_INSTANCES };
