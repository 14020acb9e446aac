import { useId, type Key, type ReactNode } from 'react';
import './data-table.css';

/**
 * Every data table in the product. Markup only (no client code), so that server and client components
 * can both render it. A table is described by its columns; the component writes the caption, the
 * scoped headers, the cells and the alignment, so that a change to how tables read (on a phone, in a
 * right-to-left language, on paper) is made here once.
 *
 * On a narrow screen (the table's box under 30rem wide: a phone, or a phone-sized column) each row
 * becomes a card: every cell on a line of its own, its column's header (`data-label`) before it. A
 * table with `priority` columns keeps its rows instead, with only those columns; the rest are one tap
 * away, on the page the row's header links to. Either way it stays a real <table> with its caption and
 * scoped headers: only CSS changes (components/ui/data-table.css), and since `display: block` makes some
 * browsers forget that a table is one, every part also states its role.
 */

type DataAttributes = { [name: `data-${string}`]: string | undefined };

export type DataColumn<Row> = {
  /** The column's header in words: the header cell's content unless `header` is given, and each cell's `data-label`. */
  label: string;
  /** Richer header content (a sort link, an abbreviation); `label` still names the column. */
  header?: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** Figures: aligned to the end of the line (right, in left-to-right languages), with tabular digits. */
  numeric?: boolean;
  /** This column's cells head their rows (`<th scope="row">`): what a screen reader repeats along a row. */
  rowHeader?: boolean;
  /** Extra classes for the body cells, fixed or per row. */
  className?: string | ((row: Row) => string | undefined);
  headerClassName?: string;
  /** Set on the column the rows are sorted by. */
  ariaSort?: 'ascending' | 'descending';
  headerData?: DataAttributes;
  cellData?: (row: Row) => DataAttributes;
  /** This column's cell in a footer row (a total); the footer row is drawn when any column has one. */
  footer?: ReactNode;
  /**
   * Kept on a narrow screen: a table with priority columns shows only those there, in rows, instead of
   * a card per row. Give it only where the row header links to a page that shows the rest.
   */
  priority?: boolean;
  /** Defaults to the column's position; give one when columns are built from data. */
  key?: Key;
};

type Variant = 'public' | 'workspace';

// Public tables are styled by `.data-table` in components/public/public.css (screen and print); the
// workspace, which does not load that sheet, by utility classes on each element.
const LOOK = {
  public: {
    table: 'data-table',
    caption: undefined,
    headRow: undefined,
    bodyRow: undefined,
    cell: undefined,
    scroll: 'table-box table-scroll',
    empty: 'text-slate-700',
  },
  workspace: {
    table: 'w-full border-collapse text-start',
    caption: 'mb-2 text-start font-semibold',
    headRow: 'border-b-2 border-slate-400',
    bodyRow: 'border-b border-slate-200 align-top',
    cell: 'py-2 pe-4',
    scroll: 'table-box overflow-x-auto',
    empty: undefined,
  },
} as const satisfies Record<Variant, Record<string, string | undefined>>;

const NUMERIC = 'text-end tabular-nums';
// What a column is on a narrow screen: a cell of every card, a kept column, or a column left out.
const NARROW = { stack: 'stack', priority: 'priority' } as const;

/**
 * A cell's content in a box of its own, so that on a narrow screen it sits beside its header as one piece
 * (a grid of label and value), however many elements and words it is made of. Nothing: no box, an empty cell.
 */
function value(content: ReactNode): ReactNode {
  if (content === null || content === undefined || content === false || content === '') return null;
  return <div className="cell-value">{content}</div>;
}

function classes(...names: (string | false | null | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

export type DataTableProps<Row> = {
  caption: ReactNode;
  /** The caption is read by screen readers but not shown (the page's heading already says it). */
  captionHidden?: boolean;
  /** The caption's id, when something else on the page refers to it; one is made otherwise. */
  captionId?: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey?: (row: Row, index: number) => Key;
  rowData?: (row: Row) => DataAttributes;
  /** Attributes of the <table> itself (a name for tests and styles to find it by). */
  tableData?: DataAttributes;
  /** Shown instead of the table when there are no rows; without it, an empty table is drawn. */
  empty?: ReactNode;
  variant?: Variant;
  /**
   * The table scrolls sideways inside its own box on a narrow screen, instead of the whole page
   * (WCAG 1.4.10). On public pages the box is a labelled region that takes focus, so that keyboard
   * users can scroll it too.
   */
  scroll?: boolean;
  className?: string;
};

export function DataTable<Row>({
  caption,
  captionHidden = false,
  captionId,
  columns,
  rows,
  rowKey = (_row, index) => index,
  rowData,
  tableData,
  empty,
  variant = 'public',
  scroll = false,
  className,
}: DataTableProps<Row>) {
  const madeId = useId();
  const look = LOOK[variant];
  if (rows.length === 0 && empty !== undefined) return <p className={look.empty}>{empty}</p>;

  const labelledBy = captionId ?? madeId;
  // The public region names itself after the caption, so the caption needs an id there.
  const regionNamed = scroll && variant === 'public';
  const columnKey = (column: DataColumn<Row>, index: number) => column.key ?? index;
  const hasFooter = columns.some((column) => column.footer !== undefined);
  const narrow = columns.some((column) => column.priority) ? NARROW.priority : NARROW.stack;
  const optional = (column: DataColumn<Row>) => (narrow === NARROW.priority && !column.priority ? '' : undefined);

  const table = (
    <table role="table" className={classes(look.table, className)} data-narrow={narrow} {...tableData}>
      <caption
        id={captionId ?? (regionNamed ? madeId : undefined)}
        className={captionHidden ? 'sr-only' : look.caption}
      >
        {caption}
      </caption>
      <thead role="rowgroup">
        <tr role="row" className={look.headRow}>
          {columns.map((column, index) =>
            // A corner cell above the row headers has nothing to name: a td, as a header with no name misleads.
            column.label === '' && column.header === undefined ? (
              <td key={columnKey(column, index)} role="cell" data-optional={optional(column)} />
            ) : (
              <th
                key={columnKey(column, index)}
                scope="col"
                role="columnheader"
                className={classes(look.cell, column.numeric && NUMERIC, column.headerClassName)}
                aria-sort={column.ariaSort}
                data-optional={optional(column)}
                {...column.headerData}
              >
                {column.header ?? column.label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row, rowIndex)} role="row" className={look.bodyRow} {...rowData?.(row)}>
            {columns.map((column, index) => {
              const Cell = column.rowHeader ? 'th' : 'td';
              const extra = typeof column.className === 'function' ? column.className(row) : column.className;
              return (
                <Cell
                  key={columnKey(column, index)}
                  scope={column.rowHeader ? 'row' : undefined}
                  role={column.rowHeader ? 'rowheader' : 'cell'}
                  className={classes(look.cell, column.numeric && NUMERIC, extra)}
                  data-label={column.label}
                  data-optional={optional(column)}
                  {...column.cellData?.(row)}
                >
                  {column.rowHeader ? column.cell(row, rowIndex) : value(column.cell(row, rowIndex))}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
      {hasFooter ? (
        <tfoot role="rowgroup">
          <tr role="row">
            {columns.map((column, index) =>
              column.rowHeader ? (
                <th
                  key={columnKey(column, index)}
                  scope="row"
                  role="rowheader"
                  className={look.cell}
                  data-label={column.label}
                  data-optional={optional(column)}
                >
                  {column.footer}
                </th>
              ) : (
                <td
                  key={columnKey(column, index)}
                  role="cell"
                  className={classes(
                    look.cell,
                    column.numeric && NUMERIC,
                    column.footer !== undefined && 'font-semibold',
                  )}
                  data-label={column.label}
                  data-optional={optional(column)}
                >
                  {value(column.footer)}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );

  // The box is what the narrow layout measures (a container query), so every table has one.
  if (!scroll) return <div className="table-box">{table}</div>;
  if (variant === 'workspace') return <div className={look.scroll}>{table}</div>;
  return (
    <div className={look.scroll} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {table}
    </div>
  );
}
