import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageSection } from './page-section';

describe('PageSection', () => {
  it('is a section named by its heading, with the default spacing', () => {
    const html = renderToStaticMarkup(
      createElement(
        PageSection,
        { headingId: 'history-heading', title: 'Score over rounds' },
        createElement('p', null, 'Body'),
      ),
    );
    expect(html).toBe(
      '<section aria-labelledby="history-heading" class="space-y-4"><h2 id="history-heading" class="text-2xl font-semibold">Score over rounds</h2><p>Body</p></section>',
    );
  });

  it('puts a description under the heading and actions beside it, in a div rather than a header', () => {
    const html = renderToStaticMarkup(
      createElement(PageSection, {
        headingId: 'people-heading',
        title: 'People',
        description: 'Everyone with an account.',
        actions: createElement('a', { href: '/invite' }, 'Invite'),
        className: 'no-print space-y-3',
      }),
    );
    expect(html).toBe(
      '<section aria-labelledby="people-heading" class="no-print space-y-3"><div class="flex flex-wrap items-center justify-between gap-4"><h2 id="people-heading" class="text-2xl font-semibold">People</h2><div class="flex flex-wrap gap-3"><a href="/invite">Invite</a></div></div><p class="max-w-3xl text-slate-700">Everyone with an account.</p></section>',
    );
  });

  it('draws a card with a smaller heading', () => {
    const html = renderToStaticMarkup(
      createElement(PageSection, { headingId: 'late-heading', title: 'Late', variant: 'card' }),
    );
    expect(html).toBe(
      '<section aria-labelledby="late-heading" class="space-y-3 rounded border border-slate-300 p-4"><h2 id="late-heading" class="text-xl font-semibold">Late</h2></section>',
    );
  });
});
