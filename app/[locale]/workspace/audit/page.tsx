import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { SelectField, TextField } from '@/components/ui/field';
import { AuditTable } from '@/components/workspace/audit-table';
import { Pagination } from '@/components/workspace/pagination';
import { listAuditActions, listAuditEvents, type AuditFilters } from '@/db/queries/audit';
import { listCountryOptions } from '@/db/queries/countries';
import { listUsers } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/session';
import { describeAuditAction, wordsOf } from '@/lib/audit-words';
import { countryChoices } from '@/lib/format';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace' });
  return { title: t('audit.title') };
}

const PAGE_SIZE = 50;
const blank = (value: unknown) => (value === '' ? undefined : value);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

// Each filter is checked on its own: one bad value is dropped (and said so) without losing the others.
const filterFields = {
  actor: z.preprocess(blank, z.uuid().optional()),
  action: z.preprocess(blank, z.string().max(100).optional()),
  // A state by its ISO alpha-3 code, as people read and share addresses (?country=nor), not an internal id.
  country: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .transform((code) => code.toLowerCase())
      .optional(),
  ),
  from: z.preprocess(blank, day.optional()),
  to: z.preprocess(blank, day.optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(100_000).optional()),
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'audit.read' });
  const query = await searchParams;
  const values: Record<string, string> = {};
  const parsed: { actor?: string; action?: string; country?: string; from?: string; to?: string; page?: number } = {};
  const ignored: string[] = [];
  for (const [name, schema] of Object.entries(filterFields)) {
    const raw = first(query[name]);
    const result = schema.safeParse(raw);
    if (result.success) {
      if (result.data !== undefined) (parsed as Record<string, unknown>)[name] = result.data;
      if (raw && name !== 'page') values[name] = raw;
    } else ignored.push(name);
  }
  const countries = await listCountryOptions();
  const country = parsed.country ? countries.find((row) => row.iso3.toLowerCase() === parsed.country) : undefined;
  // A well-formed code of no recorded state is dropped and said so, like any other bad filter.
  if (parsed.country && !country) {
    ignored.push('country');
    delete values.country;
  }
  const filters: AuditFilters = {
    actorId: parsed.actor,
    action: parsed.action,
    countryId: country?.id,
    from: parsed.from ? new Date(`${parsed.from}T00:00:00Z`) : undefined,
    to: parsed.to ? new Date(Date.parse(`${parsed.to}T00:00:00Z`) + 24 * 60 * 60 * 1000) : undefined,
  };
  const page = parsed.page ?? 1;
  const [t, users, actions, { rows, total }] = await Promise.all([
    getTranslations('workspace'),
    listUsers(),
    listAuditActions(),
    listAuditEvents({ filters, page, pageSize: PAGE_SIZE }),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('audit.title')}</h1>
      <p className="max-w-2xl text-slate-700">{t('audit.intro')}</p>
      <form
        method="get"
        className="grid gap-x-6 rounded border border-slate-300 p-4 sm:grid-cols-2 lg:grid-cols-3"
        aria-labelledby="audit-filter-heading"
      >
        <h2 id="audit-filter-heading" className="mb-3 text-xl font-semibold sm:col-span-2 lg:col-span-3">
          {t('audit.filters')}
        </h2>
        {ignored.length > 0 ? (
          <p role="status" className="mb-3 text-red-800 sm:col-span-2 lg:col-span-3">
            {t('audit.ignored')}
          </p>
        ) : null}
        <SelectField
          name="actor"
          id="audit-actor"
          label={t('audit.columns.actor')}
          defaultValue={values.actor ?? ''}
          placeholder={t('audit.any')}
          options={users.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))}
        />
        <SelectField
          name="action"
          id="audit-action"
          label={t('audit.columns.action')}
          defaultValue={values.action ?? ''}
          placeholder={t('audit.any')}
          options={actions
            .map((action) => ({ value: action, label: describeAuditAction(action, wordsOf(t)) }))
            .sort((a, b) => a.label.localeCompare(b.label, locale))}
        />
        <SelectField
          name="country"
          id="audit-country"
          label={t('audit.columns.country')}
          defaultValue={values.country?.toLowerCase() ?? ''}
          placeholder={t('audit.any')}
          options={countryChoices(countries, locale).map((country) => ({
            value: country.iso3.toLowerCase(),
            label: country.name,
          }))}
        />
        <TextField name="from" id="audit-from" type="date" label={t('audit.from')} defaultValue={values.from ?? ''} />
        <TextField name="to" id="audit-to" type="date" label={t('audit.to')} defaultValue={values.to ?? ''} />
        <div className="flex items-end pb-5">
          <button
            type="submit"
            className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            {t('audit.apply')}
          </button>
        </div>
      </form>
      <p role="status">{t('audit.count', { total })}</p>
      {rows.length > 0 ? <AuditTable rows={rows} /> : null}
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        total={total}
        pathname="/workspace/audit"
        query={values}
        labels={{
          nav: t('pagination.label'),
          previous: t('pagination.previous'),
          next: t('pagination.next'),
          status: t('pagination.status', { page, pages, total }),
        }}
      />
    </div>
  );
}
