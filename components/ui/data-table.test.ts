import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataColumn, type DataTableProps } from './data-table';

type Row = { code: string; name: string; score: number };

const rows: Row[] = [
  { code: 'NOR', name: 'Norway', score: 83 },
  { code: 'MEX', name: 'Mexico', score: 44 },
];

const columns: DataColumn<Row>[] = [
  { label: 'Country', rowHeader: true, className: 'font-normal', cell: (row) => row.name },
  { label: 'Code', cell: (row) => row.code, cellData: (row) => ({ 'data-code': row.code.toLowerCase() }) },
  { label: 'Score', numeric: true, cell: (row) => `${row.score}%`, footer: '127%' },
];

function render(props: Partial<DataTableProps<Row>> = {}): string {
  return renderToStaticMarkup(createElement(DataTable<Row>, { caption: 'States', columns, rows, ...props }));
}

describe('DataTable', () => {
  it('heads columns and rows with scoped headers, in column order', () => {
    const html = render();
    expect(html).toContain('<caption>States</caption>');
    expect(html).toContain('<th scope="col">Country</th><th scope="col">Code</th>');
    expect(html).toContain('<th scope="row" class="font-normal" data-label="Country">Norway</th>');
    expect(html.indexOf('Norway')).toBeLessThan(html.indexOf('Mexico'));
  });

  it('labels every cell with its column header, for a stacked layout on narrow screens', () => {
    const body = render().match(/<tbody>.*<\/tbody>/)?.[0] ?? '';
    expect(body.match(/<t[hd][^>]*data-label=/g)).toHaveLength(6);
    expect(body.match(/data-label="Code"/g)).toHaveLength(2);
    const html = render();
    expect(html).toContain('<td data-label="Code" data-code="nor">NOR</td>');
  });

  it('aligns figures to the end of the line with tabular digits, header, cells and footer alike', () => {
    const html = render();
    expect(html).toContain('<th scope="col" class="text-end tabular-nums">Score</th>');
    expect(html).toContain('<td class="text-end tabular-nums" data-label="Score">83%</td>');
    expect(html).toContain(
      '<tfoot><tr><th scope="row" data-label="Country"></th><td data-label="Code"></td><td class="text-end tabular-nums font-semibold" data-label="Score">127%</td></tr></tfoot>',
    );
    expect(html).not.toMatch(/text-(left|right)/);
  });

  it('hides the caption visually only when asked, and keeps it for screen readers', () => {
    expect(render({ captionHidden: true })).toContain('<caption class="sr-only">States</caption>');
  });

  it('shows the empty message instead of a table when there are no rows', () => {
    const html = render({ rows: [], empty: 'No states yet.' });
    expect(html).toBe('<p class="text-slate-700">No states yet.</p>');
    expect(render({ rows: [] })).toContain('<tbody></tbody>');
  });

  it('puts a public scrolling table in a focusable region named by its caption', () => {
    const html = render({ scroll: true, captionId: 'states-caption' });
    expect(html).toMatch(
      /^<div class="table-scroll" role="region" aria-labelledby="states-caption" tabindex="0"><table class="data-table"><caption id="states-caption">/,
    );
    const made = render({ scroll: true }).match(/aria-labelledby="([^"]+)"/)?.[1];
    expect(made).toBeTruthy();
    expect(render({ scroll: true })).toContain(`<caption id="${made}">`);
  });

  it('draws workspace tables with their own classes, in a plain scrolling box', () => {
    const html = render({ variant: 'workspace', scroll: true, captionHidden: true });
    expect(html).toMatch(/^<div class="overflow-x-auto"><table class="w-full border-collapse text-start">/);
    expect(html).toContain('<tr class="border-b-2 border-slate-400"><th scope="col" class="py-2 pe-4">Country</th>');
    expect(html).toContain(
      '<tr class="border-b border-slate-200 align-top"><th scope="row" class="py-2 pe-4 font-normal"',
    );
  });

  it('leaves an unnamed corner cell a td, sets aria-sort and per-row classes and attributes', () => {
    const html = render({
      columns: [
        { label: '', rowHeader: true, cell: (row) => row.name },
        {
          label: 'Score',
          header: createElement('a', { href: '?sort=score' }, 'Score'),
          ariaSort: 'descending',
          headerData: { 'data-sort': 'score' },
          className: (row) => (row.score > 50 ? 'high' : undefined),
          cell: (row) => row.score,
        },
      ],
      rowKey: (row) => row.code,
      rowData: (row) => ({ 'data-country': row.code }),
    });
    expect(html).toContain(
      '<thead><tr><td></td><th scope="col" aria-sort="descending" data-sort="score"><a href="?sort=score">Score</a></th>',
    );
    expect(html).toContain(
      '<tr data-country="NOR"><th scope="row" data-label="">Norway</th><td class="high" data-label="Score">83</td></tr>',
    );
    expect(html).toContain(
      '<tr data-country="MEX"><th scope="row" data-label="">Mexico</th><td data-label="Score">44</td></tr>',
    );
  });
});
