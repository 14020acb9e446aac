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
    expect(html).toContain(
      '<th scope="col" role="columnheader">Country</th><th scope="col" role="columnheader">Code</th>',
    );
    expect(html).toContain('<th scope="row" role="rowheader" class="font-normal" data-label="Country">Norway</th>');
    expect(html.indexOf('Norway')).toBeLessThan(html.indexOf('Mexico'));
  });

  it('labels every cell with its column header, for a stacked layout on narrow screens', () => {
    const body = render().match(/<tbody[^>]*>.*<\/tbody>/)?.[0] ?? '';
    expect(body.match(/<t[hd][^>]*data-label=/g)).toHaveLength(6);
    expect(body.match(/data-label="Code"/g)).toHaveLength(2);
    const html = render();
    expect(html).toContain('<td role="cell" data-label="Code" data-code="nor"><div class="cell-value">NOR</div></td>');
  });

  it('aligns figures to the end of the line with tabular digits, header, cells and footer alike', () => {
    const html = render();
    expect(html).toContain('<th scope="col" role="columnheader" class="text-end tabular-nums">Score</th>');
    expect(html).toContain(
      '<td role="cell" class="text-end tabular-nums" data-label="Score"><div class="cell-value">83%</div></td>',
    );
    expect(html).toContain(
      '<tfoot role="rowgroup"><tr role="row"><th scope="row" role="rowheader" data-label="Country"></th><td role="cell" data-label="Code"></td><td role="cell" class="text-end tabular-nums font-semibold" data-label="Score"><div class="cell-value">127%</div></td></tr></tfoot>',
    );
    expect(html).not.toMatch(/text-(left|right)/);
  });

  it('hides the caption visually only when asked, and keeps it for screen readers', () => {
    expect(render({ captionHidden: true })).toContain('<caption class="sr-only">States</caption>');
  });

  it('shows the empty message instead of a table when there are no rows', () => {
    const html = render({ rows: [], empty: 'No states yet.' });
    expect(html).toBe('<p class="text-slate-700">No states yet.</p>');
    expect(render({ rows: [] })).toContain('<tbody role="rowgroup"></tbody>');
  });

  it('puts a public scrolling table in a focusable region named by its caption', () => {
    const html = render({ scroll: true, captionId: 'states-caption' });
    expect(html).toMatch(
      /^<div class="table-box table-scroll" role="region" aria-labelledby="states-caption" tabindex="0"><table role="table" class="data-table" data-narrow="stack"><caption id="states-caption">/,
    );
    const made = render({ scroll: true }).match(/aria-labelledby="([^"]+)"/)?.[1];
    expect(made).toBeTruthy();
    expect(render({ scroll: true })).toContain(`<caption id="${made}">`);
  });

  it('draws workspace tables with their own classes, in a plain scrolling box', () => {
    const html = render({ variant: 'workspace', scroll: true, captionHidden: true });
    expect(html).toMatch(
      /^<div class="table-box overflow-x-auto"><table role="table" class="w-full border-collapse text-start" data-narrow="stack">/,
    );
    expect(html).toContain(
      '<tr role="row" class="border-b-2 border-slate-400"><th scope="col" role="columnheader" class="py-2 pe-4">Country</th>',
    );
    expect(html).toContain(
      '<tr role="row" class="border-b border-slate-200 align-top"><th scope="row" role="rowheader" class="py-2 pe-4 font-normal"',
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
      '<thead role="rowgroup"><tr role="row"><td role="cell"></td><th scope="col" role="columnheader" aria-sort="descending" data-sort="score"><a href="?sort=score">Score</a></th>',
    );
    expect(html).toContain(
      '<tr role="row" data-country="NOR"><th scope="row" role="rowheader" data-label="">Norway</th><td role="cell" class="high" data-label="Score"><div class="cell-value">83</div></td></tr>',
    );
    expect(html).toContain(
      '<tr role="row" data-country="MEX"><th scope="row" role="rowheader" data-label="">Mexico</th><td role="cell" data-label="Score"><div class="cell-value">44</div></td></tr>',
    );
  });

  it('stacks its rows into cards on a narrow screen, in a box the layout measures, keeping every part its role', () => {
    const html = render();
    expect(html).toMatch(/^<div class="table-box"><table role="table" class="data-table" data-narrow="stack">/);
    expect(html).toContain('<thead role="rowgroup"><tr role="row">');
    expect(html).toContain('<tbody role="rowgroup"><tr role="row">');
    // Each value in a box of its own, to sit beside its label; an empty footer cell stays empty, to be left out.
    expect(html).toContain('<td role="cell" data-label="Code"></td>');
    expect(html).not.toContain('data-optional');
  });

  it('keeps only its priority columns on a narrow screen when it has some, headers and footer alike', () => {
    const html = render({
      columns: columns.map((column) => (column.label === 'Code' ? column : { ...column, priority: true })),
    });
    expect(html).toContain('data-narrow="priority"');
    expect(html).toContain('<th scope="col" role="columnheader" data-optional="">Code</th>');
    expect(html).toContain('<td role="cell" data-label="Code" data-optional="" data-code="nor">');
    expect(html).toContain(
      '<tfoot role="rowgroup"><tr role="row"><th scope="row" role="rowheader" data-label="Country"></th><td role="cell" data-label="Code" data-optional=""></td>',
    );
    expect(html.match(/data-optional/g)).toHaveLength(4);
    expect(html).not.toMatch(/data-label="(Country|Score)"[^>]*data-optional/);
  });

  it('names the table itself with attributes when asked', () => {
    expect(render({ tableData: { 'data-table': 'states' } })).toContain(
      '<table role="table" class="data-table" data-narrow="stack" data-table="states">',
    );
  });
});
