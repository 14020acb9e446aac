import { describe, expect, it } from 'vitest';
import { formHasUnsavedInput, opensElsewhere, queryOf, REFUSED_MARK, type FormLike } from './switch-language';

type Field = FormLike['elements'][number];

function form(fields: Field[], { method = null, marked = [] }: { method?: string | null; marked?: string[] } = {}) {
  return {
    getAttribute: (name: string) => (name === 'method' ? method : null),
    elements: fields,
    querySelector: (selectors: string) =>
      selectors
        .split(',')
        .map((selector) => selector.trim())
        .some((selector) => marked.includes(selector))
        ? {}
        : null,
  };
}

const text = (value: string, defaultValue = '') => ({ tagName: 'INPUT', type: 'text', value, defaultValue });

describe('queryOf', () => {
  it('keeps every parameter, a repeated one as a list, for the link to the same page in another language', () => {
    expect(queryOf('?commitment=42')).toEqual({ commitment: '42' });
    expect(queryOf(new URLSearchParams('countries=nor,mex&sort=score&dir=desc'))).toEqual({
      countries: 'nor,mex',
      sort: 'score',
      dir: 'desc',
    });
    expect(queryOf('countries=nor&countries=mex')).toEqual({ countries: ['nor', 'mex'] });
    expect(queryOf('')).toEqual({});
  });
});

describe('formHasUnsavedInput', () => {
  it('is false for a form as the page rendered it, and true once something in it is typed, ticked or chosen', () => {
    expect(formHasUnsavedInput(form([text('Ministry', 'Ministry'), text('')]))).toBe(false);
    expect(formHasUnsavedInput(form([text('Ministry of Justice', 'Ministry')]))).toBe(true);
    expect(formHasUnsavedInput(form([{ tagName: 'TEXTAREA', value: 'Half a narrative', defaultValue: '' }]))).toBe(
      true,
    );
    expect(
      formHasUnsavedInput(form([{ tagName: 'INPUT', type: 'checkbox', checked: true, defaultChecked: false }])),
    ).toBe(true);
    const select = (selected: boolean) => ({
      tagName: 'SELECT',
      options: [
        { selected: !selected, defaultSelected: true },
        { selected, defaultSelected: false },
      ],
    });
    expect(formHasUnsavedInput(form([select(false)]))).toBe(false);
    expect(formHasUnsavedInput(form([select(true)]))).toBe(true);
    expect(formHasUnsavedInput(form([{ tagName: 'INPUT', type: 'file', files: { length: 1 } }]))).toBe(true);
  });

  it('ignores fields a person does not type in', () => {
    expect(
      formHasUnsavedInput(
        form([
          { tagName: 'INPUT', type: 'hidden', value: 'changed by script', defaultValue: '' },
          { tagName: 'BUTTON', type: 'submit' },
          { tagName: 'FIELDSET' },
        ]),
      ),
    ).toBe(false);
  });

  it('counts a refused submission as unsaved: the form shows what was typed, and none of it was saved', () => {
    expect(formHasUnsavedInput(form([text('kept', 'kept')], { marked: [`[${REFUSED_MARK}]`] }))).toBe(true);
    expect(formHasUnsavedInput(form([text('kept', 'kept')], { marked: ['[aria-invalid="true"]'] }))).toBe(true);
  });

  it('never asks for a GET form, whose state the address keeps', () => {
    expect(formHasUnsavedInput(form([text('nor, mex')], { method: 'GET' }))).toBe(false);
    expect(formHasUnsavedInput(form([text('nor, mex')], { method: 'post' }))).toBe(true);
  });
});

describe('opensElsewhere', () => {
  const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
  it('tells a plain click from one that opens a new tab or window', () => {
    expect(opensElsewhere(click)).toBe(false);
    expect(opensElsewhere({ ...click, ctrlKey: true })).toBe(true);
    expect(opensElsewhere({ ...click, metaKey: true })).toBe(true);
    expect(opensElsewhere({ ...click, button: 1 })).toBe(true);
  });
});
