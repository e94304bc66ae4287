import { expectList, toDecimal, toInteger, toNumber } from '../coerce.ts';
import {
  addDecimals,
  type Decimal,
  decimalFromNumber,
  decimalToNumber,
  divideDecimals,
  formatDecimalFixed,
  isZero,
  multiplyDecimals,
  subtractDecimals,
  ZERO,
} from '../decimal.ts';
import { ExpressionFailure } from '../errors.ts';
import type { FunctionTable } from '../scope.ts';
import type { ExprValue } from '../values.ts';

/** In arithmetic an empty value counts as 0. */
function operand(value: ExprValue): Decimal {
  return toDecimal(value) ?? ZERO;
}

function divide(dividend: Decimal, divisor: Decimal): Decimal {
  if (isZero(divisor)) throw new ExpressionFailure('The second argument is 0, cannot divide by 0');
  return divideDecimals(dividend, divisor);
}

export const NUMBER_FUNCTIONS: FunctionTable<
  'plus' | 'minus' | 'multiply' | 'divide' | 'round' | 'sum' | 'average'
> = {
  plus: (invocation) => decimalToNumber(invocation.values().map(operand).reduce(addDecimals)),
  minus: (invocation) => {
    const [a = ZERO, b = ZERO] = invocation.values().map(operand);
    return decimalToNumber(subtractDecimals(a, b));
  },
  multiply: (invocation) => decimalToNumber(invocation.values().map(operand).reduce(multiplyDecimals)),
  divide: (invocation) => {
    const [a = ZERO, b = ZERO] = invocation.values().map(operand);
    return decimalToNumber(divide(a, b));
  },
  round: (invocation) => {
    const [value = null, places = null] = invocation.values();
    const decimals = places === null ? 0 : toInteger(places, 'the number of decimals');
    if (decimals < 0)
      throw new ExpressionFailure(`Expected a number of decimals of 0 or more, got ${decimals}`);
    return formatDecimalFixed(operand(value), decimals);
  },
  sum: (invocation) => {
    const items = expectList(invocation.argument(0)).map((item) => toDecimal(item));
    return decimalToNumber(
      items.reduce<Decimal>((total, item) => (item === null ? total : addDecimals(total, item)), ZERO),
    );
  },
  average: (invocation) => {
    const items = expectList(invocation.argument(0)).map(operand);
    const whenEmpty = toNumber(invocation.argument(1));
    if (items.length === 0) return whenEmpty;
    // Empty entries count as 0 and still count as entries: the average of [4.3, null, 3.1] is 7.4 / 3.
    const total = items.reduce(addDecimals, ZERO);
    return decimalToNumber(divideDecimals(total, decimalFromNumber(items.length)));
  },
};
