import { toKey } from '../coerce.ts';
import { dateLocale } from '../dates/date-locales.ts';
import { formatDate } from '../dates/format-date.ts';
import { parseDate } from '../dates/parse-date.ts';
import { ExpressionFailure } from '../errors.ts';
import type { FunctionTable } from '../scope.ts';
import { describeValue } from '../values.ts';

export const DATE_FUNCTIONS: FunctionTable<'formatDate'> = {
  formatDate: (invocation) => {
    const [value = null, format = null] = invocation.values();
    if (value === null || value === '') return null;
    if (typeof value !== 'string')
      throw new ExpressionFailure(`Expected date, got value ${describeValue(value)}`);
    const locale = dateLocale(invocation.scope.data.language());
    return formatDate(parseDate(value), toKey(format) ?? locale.defaultFormat, locale);
  },
};
