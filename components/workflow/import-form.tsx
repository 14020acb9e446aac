'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { fieldId } from '@/components/ui/field';
import type { ActionResult } from '@/lib/actions/result';
import { Link } from '@/lib/i18n/navigation';

type ImportError = { row: number; field: string; message: string; value?: string };
type CommitmentLink = { id: number; ref: string };
type ImportReport = {
  total: number;
  valid: number;
  errors: ImportError[];
  written: boolean;
  imported: number;
  refs: string[];
  /** The first imported commitments, to link to. */
  created: CommitmentLink[];
  /** The first rows already stored, and how many there are. */
  existing: Array<CommitmentLink & { row: number }>;
  existingCount: number;
  /** The rows with problems as a CSV to correct and upload again. */
  problemsCsv: string | null;
};

/** A titled list of linked commitments (the new ones, those already there), the first of `total`. */
function CommitmentLinks({
  id,
  heading,
  intro,
  items,
  total,
  more,
}: {
  id: string;
  heading: string;
  intro?: string;
  items: CommitmentLink[];
  total: number;
  more: (count: number) => string;
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      {intro ? <p>{intro}</p> : null}
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {items.map((item) => (
          <li key={item.id}>
            <Link
              href={`/workspace/commitments/${item.id}`}
              className="font-mono text-brand-700 underline underline-offset-4"
            >
              {item.ref}
            </Link>
          </li>
        ))}
      </ul>
      {total > items.length ? <p>{more(total - items.length)}</p> : null}
    </section>
  );
}

type Mode = 'dry_run' | 'all' | 'only_valid';

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'processing' }
  | { kind: 'done'; mode: Mode; report: ImportReport }
  | { kind: 'failed'; message: string };

/**
 * CSV import: a dry run first, listing every invalid row; then import everything (only when every row
 * is valid) or only the valid rows. The browser sends the file itself so it can show upload progress,
 * then says while the server checks and writes.
 */
export function ImportForm({ endpoint }: { endpoint: string }) {
  const t = useTranslations('workflow.import');
  const te = useTranslations('workflow');
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [fileError, setFileError] = useState<string | null>(null);

  function send(mode: Mode) {
    const file = input.current?.files?.[0];
    if (!file) {
      setFileError(t('chooseFile'));
      input.current?.focus();
      return;
    }
    setFileError(null);
    const body = new FormData();
    body.set('file', file);
    body.set('mode', mode);
    const request = new XMLHttpRequest();
    request.open('POST', endpoint);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable)
        setPhase({ kind: 'uploading', percent: Math.round((event.loaded / event.total) * 100) });
    };
    request.upload.onload = () => setPhase({ kind: 'processing' });
    request.onerror = () => setPhase({ kind: 'failed', message: t('networkError') });
    request.onload = () => {
      const result = request.response as ActionResult<ImportReport> | null;
      if (!result) return setPhase({ kind: 'failed', message: t('networkError') });
      if (!result.ok) {
        const details = result.fieldErrors ? Object.values(result.fieldErrors).flat().join(' ') : '';
        return setPhase({ kind: 'failed', message: [result.message, details].filter(Boolean).join(' ') });
      }
      setPhase({ kind: 'done', mode, report: result.data });
    };
    setPhase({ kind: 'uploading', percent: 0 });
    request.send(body);
  }

  const busy = phase.kind === 'uploading' || phase.kind === 'processing';
  const report = phase.kind === 'done' ? phase.report : null;
  const fid = fieldId('file');
  const errorColumns: DataColumn<ImportError>[] = [
    { label: t('row'), cell: (error) => error.row },
    { label: t('column'), cell: (error) => error.field },
    {
      label: t('problem'),
      cell: (error) => (te.has(error.message) ? te(error.message, { value: error.value ?? '' }) : error.message),
    },
    { label: t('value'), className: 'break-all', cell: (error) => error.value ?? '' },
  ];

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <label htmlFor={fid} className="block font-medium">
          {t('file')}
        </label>
        <p id={`${fid}-hint`} className="mt-1 text-sm text-slate-700">
          {t('fileHint')}
        </p>
        {fileError ? (
          <p id={`${fid}-error`} className="mt-1 text-sm font-medium text-red-800">
            {fileError}
          </p>
        ) : null}
        <input
          ref={input}
          id={fid}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${fid}-hint${fileError ? ` ${fid}-error` : ''}`}
          aria-invalid={fileError ? true : undefined}
          onChange={() => setPhase({ kind: 'idle' })}
          className="mt-2 block w-full max-w-full"
        />
      </div>
      <button
        type="button"
        disabled={busy}
        onClick={() => send('dry_run')}
        className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-70"
      >
        {t('check')}
      </button>

      <div aria-live="polite" className="space-y-4">
        {phase.kind === 'uploading' ? (
          <p>
            <label htmlFor="upload-progress">{t('uploading', { percent: phase.percent })}</label>{' '}
            <progress id="upload-progress" max={100} value={phase.percent} className="align-middle" />
          </p>
        ) : null}
        {phase.kind === 'processing' ? <p>{t('processing')}</p> : null}
        {phase.kind === 'failed' ? (
          <p role="alert" className="font-medium text-red-800">
            {phase.message}
          </p>
        ) : null}
        {report && phase.kind === 'done' ? (
          <div className="space-y-4">
            {report.written ? (
              <p className="rounded border-s-4 border-green-800 bg-green-50 p-4 text-green-950">
                {t('imported', { count: report.imported })}
              </p>
            ) : (
              <p>
                {t('summary', {
                  total: report.total,
                  valid: report.valid,
                  invalid: report.total - report.valid - report.existingCount,
                })}{' '}
                {report.existingCount > 0 ? t('summaryExisting', { count: report.existingCount }) : null}
              </p>
            )}
            {report.created.length > 0 ? (
              <CommitmentLinks
                id="import-created"
                heading={t('createdHeading', { count: report.imported })}
                items={report.created}
                total={report.imported}
                more={(count) => t('more', { count })}
              />
            ) : null}
            {report.existingCount > 0 ? (
              <CommitmentLinks
                id="import-existing"
                heading={t('existingHeading', { count: report.existingCount })}
                intro={t('existingIntro')}
                items={report.existing}
                total={report.existingCount}
                more={(count) => t('more', { count })}
              />
            ) : null}
            {report.problemsCsv ? (
              <p>
                <a
                  href={`data:text/csv;charset=utf-8,${encodeURIComponent(report.problemsCsv)}`}
                  download={t('problemsFileName')}
                  className="text-brand-700 underline underline-offset-4"
                >
                  {t('downloadProblems')}
                </a>{' '}
                <span className="text-slate-700">{t('downloadProblemsHint')}</span>
              </p>
            ) : null}
            {report.errors.length > 0 ? (
              <DataTable
                variant="workspace"
                caption={t('errorsCaption', { count: report.errors.length })}
                columns={errorColumns}
                rows={report.errors}
              />
            ) : null}
            {!report.written && report.valid > 0 ? (
              <div className="flex flex-wrap gap-3">
                {report.errors.length === 0 ? (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => send('all')}
                    className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white"
                  >
                    {t('importAll', { count: report.valid })}
                  </button>
                ) : (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => send('only_valid')}
                    className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 py-2 font-medium text-brand-800"
                  >
                    {t('importValid', { count: report.valid })}
                  </button>
                )}
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
