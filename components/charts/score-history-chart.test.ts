import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { directionOf } from '@/lib/i18n/routing';
import type { RoundScore } from '@/lib/score-history';

// The chart is a server component: outside Next, translations come from the English files and the
// locale is the one each test asks for (only its direction matters here).
const request = vi.hoisted(() => ({ locale: 'en' }));
vi.mock('next-intl/server', async () => {
  const { createFormatter, createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/lib/i18n/messages');
  const messages = await loadMessages('en');
  return {
    getLocale: async () => request.locale,
    getFormatter: async () => createFormatter({ locale: request.locale, timeZone: 'UTC' }),
    getTranslations: async (namespace: string) =>
      createTranslator({ locale: 'en', messages, namespace: namespace as never }),
  };
});
const { ScoreHistoryChart } = await import('./score-history-chart');

const history: RoundScore[] = [
  { roundId: 1, title: 'Round 2023', opensOn: '2023-01-01', deadline: '2023-03-31', score: 0.25, counted: 4 },
  { roundId: 2, title: 'Round 2024', opensOn: '2024-01-01', deadline: '2024-03-31', score: 0.5, counted: 4 },
  { roundId: 3, title: 'Round 2025', opensOn: '2025-01-01', deadline: '2025-03-31', score: 0.75, counted: 4 },
];

async function render(locale: string): Promise<string> {
  request.locale = locale;
  return renderToStaticMarkup(await ScoreHistoryChart({ history, caption: 'Score over rounds' }));
}

const numbers = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => Number(match[1]));

describe('ScoreHistoryChart', () => {
  it('scales to its box: a viewBox and the full width, never a fixed size', async () => {
    const html = await render('en');
    expect(html).toMatch(/<svg aria-hidden="true" focusable="false" viewBox="0 0 400 220" class="h-auto w-full/);
    expect(html).not.toMatch(/<svg[^>]* width="\d/);
  });

  it('runs time from the left, with the score axis on the left, in a left-to-right language', async () => {
    const html = await render('en');
    const rounds = numbers(html, /<circle cx="([\d.]+)"/g);
    expect(rounds).toEqual([...rounds].sort((a, b) => a - b));
    expect(rounds[0]).toBeLessThan(rounds[2]!);
    expect(numbers(html, /<text x="([\d.]+)" y="[\d.]+" text-anchor="end"/g)).toEqual([42, 42, 42, 42, 42]);
  });

  it('runs time from the right, with the score axis on the right, in a right-to-left language', async () => {
    expect(directionOf('ar')).toBe('rtl');
    const ltr = numbers(await render('en'), /<circle cx="([\d.]+)"/g);
    const rtl = numbers(await render('ar'), /<circle cx="([\d.]+)"/g);
    expect(rtl).toEqual(ltr.map((x) => 400 - x));
    expect(rtl[0]).toBeGreaterThan(rtl[2]!);
    const html = await render('ar');
    expect(numbers(html, /<text x="([\d.]+)" y="[\d.]+" text-anchor="end"/g)).toEqual([358, 358, 358, 358, 358]);
    expect(numbers(html, /<line x1="([\d.]+)"/g)).toEqual([352, 352, 352, 352, 352]);
  });
});
