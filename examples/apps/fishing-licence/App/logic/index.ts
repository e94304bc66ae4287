/**
 * The custom logic of the fishing-licence app: what an Altinn app would write in C# as services
 * registered in DI, written here as plain TypeScript.
 *
 * An app may ship `App/logic/index.ts` (or `index.js`). It exports `hooks`, an object whose members
 * mirror Altinn's extension points; an app gives only the hooks it needs:
 *
 * | hook                    | Altinn's interface                  | when it runs                                         |
 * | ----------------------- | ----------------------------------- | ---------------------------------------------------- |
 * | `validateInstantiation` | `IInstantiationValidator`           | before an instance is created; `valid: false` → 403  |
 * | `dataProcessWrite`      | `IDataProcessor.ProcessDataWrite`   | when form data is saved; changes `data` in place     |
 * | `validateData`          | `IFormDataValidator`                | on validation and before `process/next`; issues back |
 * | `onTaskEnd`             | `IProcessTaskEnd`                   | when a task ends, before its data is locked          |
 * | `options[id]`           | `IAppOptionsProvider` (`Id` = `id`) | `GET api/options/{id}`; the code list                |
 *
 * Every hook is async and gets one context object of plain JSON. Form data is the model as JSON, shaped
 * by `models/FishingLicence.schema.json`. The hook API is not settled yet, so the types are declared in
 * this file rather than imported: the file shows the shape it expects and runs on its own.
 */

// ---- The hook API, as this app expects it -------------------------------------------------------------

/** The parts of a Storage instance the hooks read. */
export interface Instance {
  /** `{instanceOwnerPartyId}/{instanceGuid}`. */
  readonly id: string;
  readonly instanceOwner: {
    readonly partyId: string;
    readonly personNumber?: string | null;
    readonly organisationNumber?: string | null;
  };
}

/** A validation issue, as Altinn's `ValidationIssue`: `customTextKey` names a text resource. */
export interface ValidationIssue {
  readonly severity: 'error' | 'warning' | 'info';
  /** The model path, with row indexes: `companions[1].birthYear`. */
  readonly field?: string;
  readonly customTextKey?: string;
  /** Shown when the text resource is missing. */
  readonly description: string;
}

export interface InstantiationResult {
  readonly valid: boolean;
  readonly message?: string;
}

export interface AppOption {
  readonly value: string;
  readonly label: string;
  readonly description?: string;
}

export interface OptionsContext {
  readonly language: string;
  /** From the component's `mapping` or `queryParameters`. */
  readonly queryParameters: Readonly<Record<string, string | undefined>>;
}

export interface DataContext {
  readonly instance: Instance;
  readonly dataType: string;
  /** The form data; `dataProcessWrite` may change it in place, and the changes are saved. */
  readonly data: unknown;
  readonly language: string;
}

export interface DataWriteContext extends DataContext {
  /** The data as it was before this save; absent when the element is new. */
  readonly previousData?: unknown;
}

export interface TaskContext {
  readonly taskId: string;
  readonly instance: Instance;
  /** The form data of the task's data types, by data type id; changes are saved before the lock. */
  readonly formData: Readonly<Record<string, unknown>>;
}

export interface AppHooks {
  validateInstantiation?(context: { readonly instance: Instance }): Promise<InstantiationResult>;
  dataProcessWrite?(context: DataWriteContext): Promise<void>;
  validateData?(context: DataContext): Promise<ValidationIssue[]>;
  onTaskEnd?(context: TaskContext): Promise<void>;
  options?: Readonly<Record<string, (context: OptionsContext) => Promise<AppOption[]>>>;
}

// ---- The app's model ----------------------------------------------------------------------------------

const FORM_DATA_TYPE = 'fishingLicence';

type LicenceType = 'inland' | 'salmon' | 'sea';
type Period = 'day' | 'week' | 'season';
type Waters = 'river' | 'lake' | 'sea';

/** `models/FishingLicence.schema.json` as a type (what Altinn generates as a C# class). */
interface FishingLicence {
  holder?: { nationalIdentityNumber?: string; name?: string; email?: string };
  licence?: {
    waters?: string;
    type?: string;
    period?: string;
    validFrom?: string;
    fee?: number;
    number?: string;
  };
  gear?: string;
  netCount?: number;
  boat?: { uses?: boolean; registrationMark?: string };
  companions?: { altinnRowId?: string; name?: string; birthYear?: number }[];
  notes?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The hooks get every data type's data; this app only handles its form. */
const asLicence = (dataType: string, data: unknown): FishingLicence | undefined =>
  dataType === FORM_DATA_TYPE && isObject(data) ? (data as FishingLicence) : undefined;

// ---- Rules --------------------------------------------------------------------------------------------

const LICENCE_TYPES: Readonly<Record<LicenceType, { nb: string; en: string; waters: readonly Waters[] }>> = {
  inland: { nb: 'Innlandsfiske', en: 'Inland fishing', waters: ['river', 'lake'] },
  salmon: { nb: 'Laks og sjøørret i elv', en: 'Salmon and sea trout in rivers', waters: ['river'] },
  sea: { nb: 'Fiske med garn i sjøen', en: 'Net fishing at sea', waters: ['sea'] },
};

/** NOK by licence type and period. */
const FEES: Readonly<Record<LicenceType, Readonly<Record<Period, number>>>> = {
  inland: { day: 60, week: 180, season: 450 },
  salmon: { day: 250, week: 900, season: 2500 },
  sea: { day: 100, week: 300, season: 800 },
};
const FEE_PER_NET = 150;

/** The salmon season, month and day inclusive. */
const SALMON_SEASON = { from: '06-01', to: '08-31' };
/** Companions younger than this fish on the holder's licence. */
const COMPANION_AGE_LIMIT = 16;

const isLicenceType = (value: unknown): value is LicenceType =>
  typeof value === 'string' && Object.hasOwn(LICENCE_TYPES, value);
const isPeriod = (value: unknown): value is Period =>
  value === 'day' || value === 'week' || value === 'season';
const isWaters = (value: unknown): value is Waters =>
  value === 'river' || value === 'lake' || value === 'sea';

const gearOf = (form: FishingLicence): string[] => (form.gear ?? '').split(',').map((item) => item.trim());

/** Today as `YYYY-MM-DD` (UTC), comparable with the model's dates as text. */
const today = (): string => new Date().toISOString().slice(0, 10);

function feeOf(form: FishingLicence): number | undefined {
  const type = form.licence?.type;
  const period = form.licence?.period;
  if (!isLicenceType(type) || !isPeriod(period)) return undefined;
  const nets = gearOf(form).includes('net') ? (form.netCount ?? 1) : 0;
  return FEES[type][period] + nets * FEE_PER_NET;
}

function licenceIssues(form: FishingLicence): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { type, waters, validFrom } = form.licence ?? {};
  if (validFrom !== undefined && validFrom < today()) {
    issues.push({
      severity: 'error',
      field: 'licence.validFrom',
      customTextKey: 'validation.validFromPast',
      description: 'A licence cannot start in the past.',
    });
  }
  if (isLicenceType(type) && isWaters(waters) && !LICENCE_TYPES[type].waters.includes(waters)) {
    issues.push({
      severity: 'error',
      field: 'licence.type',
      customTextKey: 'validation.typeNotForWaters',
      description: 'This licence does not cover the waters chosen.',
    });
  }
  const monthDay = validFrom?.slice(5, 10);
  if (
    type === 'salmon' &&
    monthDay !== undefined &&
    (monthDay < SALMON_SEASON.from || monthDay > SALMON_SEASON.to)
  ) {
    issues.push({
      severity: 'error',
      field: 'licence.validFrom',
      customTextKey: 'validation.salmonSeason',
      description: 'Salmon fishing is open from 1 June to 31 August.',
    });
  }
  if (gearOf(form).includes('net') && waters !== undefined && waters !== 'sea') {
    issues.push({
      severity: 'error',
      field: 'gear',
      customTextKey: 'validation.netOnlyAtSea',
      description: 'Nets may only be used at sea.',
    });
  }
  return issues;
}

function companionIssues(form: FishingLicence): ValidationIssue[] {
  const year = Number((form.licence?.validFrom ?? today()).slice(0, 4));
  return (form.companions ?? []).flatMap((companion, index) =>
    companion.birthYear !== undefined && year - companion.birthYear >= COMPANION_AGE_LIMIT
      ? [
          {
            severity: 'error' as const,
            field: `companions[${index}].birthYear`,
            customTextKey: 'validation.companionTooOld',
            description: `Companions aged ${COMPANION_AGE_LIMIT} or more need a licence of their own.`,
          },
        ]
      : [],
  );
}

// ---- The hooks ----------------------------------------------------------------------------------------

export const hooks: AppHooks = {
  /** A fishing licence is personal: only a person may be its owner. */
  async validateInstantiation({ instance }) {
    if (instance.instanceOwner.personNumber) return { valid: true };
    return { valid: false, message: 'A fishing licence can only be issued to a person.' };
  },

  /** Works out the fee and tidies the boat's registration mark whenever the form is saved. */
  async dataProcessWrite({ dataType, data }) {
    const form = asLicence(dataType, data);
    if (form === undefined) return;
    const fee = feeOf(form);
    form.licence ??= {};
    if (fee === undefined) delete form.licence.fee;
    else form.licence.fee = fee;
    if (!gearOf(form).includes('net')) delete form.netCount;
    if (form.boat?.registrationMark !== undefined) {
      form.boat.registrationMark = form.boat.registrationMark.trim().toUpperCase();
    }
  },

  /** Rules that need more than an expression: dates against today, the season, ages of companions. */
  async validateData({ dataType, data }) {
    const form = asLicence(dataType, data);
    if (form === undefined) return [];
    return [...licenceIssues(form), ...companionIssues(form)];
  },

  /** Gives the licence its number when the application is sent. */
  async onTaskEnd({ taskId, instance, formData }) {
    if (taskId !== 'Task_Form') return;
    const form = asLicence(FORM_DATA_TYPE, formData[FORM_DATA_TYPE]);
    if (form === undefined) return;
    const guid = instance.id.split('/').pop() ?? instance.id;
    const year = (form.licence?.validFrom ?? today()).slice(0, 4);
    form.licence ??= {};
    form.licence.number = `FL-${year}-${guid.slice(0, 8).toUpperCase()}`;
  },

  options: {
    /** The licence types, in the user's language, narrowed to the waters chosen (the Dropdown's mapping). */
    async 'licence-types'({ language, queryParameters }) {
      const waters = queryParameters.waters;
      return (Object.entries(LICENCE_TYPES) as [LicenceType, (typeof LICENCE_TYPES)[LicenceType]][])
        .filter(([, type]) => !isWaters(waters) || type.waters.includes(waters))
        .map(([value, type]) => ({
          value,
          label: language === 'en' ? type.en : type.nb,
          description: `${FEES[value].day} / ${FEES[value].week} / ${FEES[value].season} NOK`,
        }));
    },
  },
};
