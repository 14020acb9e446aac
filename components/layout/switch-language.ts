/**
 * What the language switcher needs to know about the page, as pure functions over the shapes the DOM
 * hands it (so that they are tested without a browser): the query to keep, and whether switching would
 * lose what someone typed.
 */

/** The query string as a Link's `query`, a repeated key (`?countries=nor&countries=mex`) as a list. */
export function queryOf(search: string | URLSearchParams): Record<string, string | string[]> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

type FieldLike = {
  tagName: string;
  type?: string;
  value?: string;
  defaultValue?: string;
  checked?: boolean;
  defaultChecked?: boolean;
  files?: { length: number } | null;
  options?: ArrayLike<{ selected: boolean; defaultSelected: boolean }>;
};

export type FormLike = {
  getAttribute(name: string): string | null;
  elements: ArrayLike<FieldLike>;
  querySelector(selectors: string): unknown;
};

/** Marks the error summary of a refused submission (components/ui/error-summary.tsx). */
export const REFUSED_MARK = 'data-form-refused';

function fieldChanged(field: FieldLike): boolean {
  const tag = field.tagName.toLowerCase();
  if (tag === 'select')
    return Array.from(field.options ?? []).some((option) => option.selected !== option.defaultSelected);
  if (tag === 'textarea') return field.value !== field.defaultValue;
  if (tag !== 'input') return false;
  switch (field.type) {
    case 'hidden':
    case 'submit':
    case 'button':
    case 'reset':
    case 'image':
      return false;
    case 'checkbox':
    case 'radio':
      return field.checked !== field.defaultChecked;
    case 'file':
      return (field.files?.length ?? 0) > 0;
    default:
      return field.value !== field.defaultValue;
  }
}

/**
 * Whether leaving would lose input: a field differs from what the page rendered, or the form shows a
 * refused submission (a form shows what was typed as its defaults then, and none of it is saved). A
 * GET form (filters, the comparison's states) loses nothing: its state is in the address, which the
 * switcher keeps.
 */
export function formHasUnsavedInput(form: FormLike): boolean {
  if ((form.getAttribute('method') ?? '').toLowerCase() === 'get') return false;
  if (form.querySelector(`[${REFUSED_MARK}], [aria-invalid="true"]`)) return true;
  return Array.from(form.elements).some(fieldChanged);
}

/** A click that opens the link elsewhere (a new tab or window) leaves this page, and its input, as it is. */
export function opensElsewhere(click: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey;
}
