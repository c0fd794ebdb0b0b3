import { StrategiesPageQuery } from '../graphql/operations/strategies';
import { toGovukTable } from '../tables/table';
import { html, type WebPage } from './page';

export const strategiesPage: WebPage = {
  path: '/strategies',
  navigation: { text: 'Strategies', href: '/strategies' },
  async get({ gateway, viewer }) {
    const result = await gateway.execute(StrategiesPageQuery, {}, viewer.token);
    if (result.errors) throw new Error(result.errors[0]!.message);
    const table = toGovukTable({
      id: 'strategies',
      caption: 'Strategies',
      head: ['Strategy', 'Organisation', 'Period', 'Themes'],
      numeric: [false, false, false, true],
      rows: result.data.strategies.map((s) => [
        { text: s.title, href: `/strategies/${encodeURIComponent(s.id)}` },
        s.organisation.name,
        s.periodFrom || s.periodTo ? `${s.periodFrom ?? 'not stated'} to ${s.periodTo ?? 'not stated'}` : 'Not stated',
        String(s.themes.length),
      ]),
    });
    return html('pages/strategies.njk', 'Strategies', { table });
  },
};
