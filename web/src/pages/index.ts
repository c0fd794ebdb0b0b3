import { actionPage } from './action-page';
import { boardPackPage } from './board-pack-page';
import { dashboardPage } from './dashboard-page';
import { disparityCsv, disparityPage } from './disparity-page';
import { eqiaPage, eqiaRegisterPage } from './eqia-pages';
import { kpiPage } from './kpi-page';
import type { WebPage } from './page';
import { publicationChooser, publicationCsv, publicationPage } from './publication-page';
import { signInPage, signOutPage } from './sign-in-page';
import { strategiesPage } from './strategies-page';
import { workforceCsv, workforcePage } from './workforce-page';

/**
 * Every page of the app, in service-navigation order. A new page is a module exporting a
 * `WebPage` (route, navigation entry, handlers), its view in views/pages/, its operation in
 * graphql/operations/, and one line here.
 */
export function webPages(signIn: 'cookie' | 'proxy'): WebPage[] {
  return [
    strategiesPage,
    dashboardPage,
    kpiPage,
    actionPage,
    disparityPage,
    disparityCsv,
    workforcePage,
    workforceCsv,
    publicationChooser,
    publicationPage,
    publicationCsv,
    boardPackPage,
    eqiaRegisterPage,
    eqiaPage,
    signInPage(signIn),
    signOutPage,
  ];
}
