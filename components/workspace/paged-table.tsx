import type { Key } from 'react';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Pagination } from './pagination';

/**
 * A workspace list a page at a time: its table (none when the page is empty; the count above says
 * so) and the previous/next links, which keep the filters in `query`.
 */
export function PagedTable<Row>({
  list,
  columns,
  rowKey,
  caption,
  pageSize,
  pathname,
  query,
  labels,
}: {
  list: { rows: Row[]; total: number; page: number };
  columns: DataColumn<Row>[];
  rowKey: (row: Row) => Key;
  caption: string;
  pageSize: number;
  pathname: string;
  query: Record<string, string>;
  labels: { nav: string; previous: string; next: string; status: string };
}) {
  return (
    <>
      {list.rows.length > 0 ? (
        <DataTable
          variant="workspace"
          caption={caption}
          captionHidden
          columns={columns}
          rows={list.rows}
          rowKey={rowKey}
          scroll
        />
      ) : null}
      <Pagination
        page={list.page}
        pageSize={pageSize}
        total={list.total}
        pathname={pathname}
        query={query}
        labels={labels}
      />
    </>
  );
}
