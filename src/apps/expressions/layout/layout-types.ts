/**
 * The parts of Altinn layout files (`App/ui/{set}/layouts/*.json`) the expression engine reads. Every
 * other property is kept untouched on the component.
 */
export interface LayoutFile {
  readonly data: {
    readonly layout: readonly ComponentJson[];
    /** A boolean or an expression hiding the whole page. */
    readonly hidden?: unknown;
  };
}

/** Page name → layout, in page order. */
export type LayoutSet = Readonly<Record<string, LayoutFile>>;

export interface ComponentJson {
  readonly id: string;
  readonly type: string;
  readonly hidden?: unknown;
  readonly dataModelBindings?: Readonly<Record<string, unknown>>;
  readonly [property: string]: unknown;
}

/** A binding names a path in the default data type, or a path in a named one. */
export interface ResolvedBinding {
  /** undefined for the layout set's default data type. */
  readonly dataType: string | undefined;
  readonly field: string;
}

export function readBinding(binding: unknown): ResolvedBinding | undefined {
  if (typeof binding === 'string')
    return binding === '' ? undefined : { dataType: undefined, field: binding };
  if (typeof binding === 'object' && binding !== null && !Array.isArray(binding)) {
    const { dataType, field } = binding as { dataType?: unknown; field?: unknown };
    if (typeof field === 'string' && field !== '') {
      return { dataType: typeof dataType === 'string' ? dataType : undefined, field };
    }
  }
  return undefined;
}

export function componentBinding(component: ComponentJson, key: string): ResolvedBinding | undefined {
  return readBinding(component.dataModelBindings?.[key]);
}
