import type { HTMLAttributes } from 'react';

export type FilterOption = {
  value: string | number;
  label: string;
  mark?: Pick<HTMLAttributes<HTMLElement>, 'lang' | 'dir'>;
};

export const filterControlClass = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2';

/**
 * One choice of a list's GET filter form: a labelled select whose first option (`anyLabel`, value '')
 * means "no filter". An option may carry the `lang` (and `dir`) of its text.
 */
export function FilterSelect({
  name,
  label,
  value,
  anyLabel,
  options,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  anyLabel?: string;
  options: readonly FilterOption[];
}) {
  return (
    <label className="block">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value === undefined ? '' : String(value)} className={filterControlClass}>
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} {...option.mark}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
