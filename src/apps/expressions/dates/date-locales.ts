/**
 * Names used by `formatDate`, for the languages Altinn apps are written in. They are spelled out here
 * rather than taken from `Intl` so that every runtime (Node, each browser, each ICU version) writes the
 * same text, e.g. `lør` and not `lør.`.
 */
export interface DateLocale {
  /** Index 0 = before Christ, 1 = after. */
  readonly erasAbbreviated: readonly [string, string];
  readonly erasWide: readonly [string, string];
  readonly erasNarrow: readonly [string, string];
  readonly monthsAbbreviated: readonly string[];
  readonly monthsWide: readonly string[];
  readonly monthsNarrow: readonly string[];
  /** Index 0 = Sunday. */
  readonly weekdaysAbbreviated: readonly string[];
  readonly weekdaysWide: readonly string[];
  readonly weekdaysNarrow: readonly string[];
  readonly dayPeriods: readonly [string, string];
  /** Used when `formatDate` gets no format. */
  readonly defaultFormat: string;
}

const NORWEGIAN_MONTHS_WIDE = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const NORWEGIAN_MONTHS_ABBREVIATED = [
  'jan',
  'feb',
  'mar',
  'apr',
  'mai',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'des',
];
const MONTHS_NARROW = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];

const BOKMAL: DateLocale = {
  erasAbbreviated: ['f.Kr.', 'e.Kr.'],
  erasWide: ['før Kristus', 'etter Kristus'],
  erasNarrow: ['f.Kr.', 'e.Kr.'],
  monthsAbbreviated: NORWEGIAN_MONTHS_ABBREVIATED,
  monthsWide: NORWEGIAN_MONTHS_WIDE,
  monthsNarrow: MONTHS_NARROW,
  weekdaysAbbreviated: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
  weekdaysWide: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  weekdaysNarrow: ['S', 'M', 'T', 'O', 'T', 'F', 'L'],
  dayPeriods: ['a.m.', 'p.m.'],
  defaultFormat: 'dd.MM.yyyy',
};

const NYNORSK: DateLocale = {
  ...BOKMAL,
  weekdaysAbbreviated: ['sun', 'mån', 'tys', 'ons', 'tor', 'fre', 'lau'],
  weekdaysWide: ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
};

const ENGLISH: DateLocale = {
  erasAbbreviated: ['BC', 'AD'],
  erasWide: ['Before Christ', 'Anno Domini'],
  erasNarrow: ['B', 'A'],
  monthsAbbreviated: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  monthsWide: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  monthsNarrow: MONTHS_NARROW,
  weekdaysAbbreviated: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  weekdaysWide: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  weekdaysNarrow: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
  dayPeriods: ['AM', 'PM'],
  defaultFormat: 'M/d/yy',
};

const LOCALES: Readonly<Record<string, DateLocale>> = { nb: BOKMAL, no: BOKMAL, nn: NYNORSK, en: ENGLISH };

/** The names for a language code (`nb`, `en-GB`, …); languages without their own fall back to bokmål, Altinn's default. */
export function dateLocale(language: string): DateLocale {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return LOCALES[primary] ?? BOKMAL;
}
