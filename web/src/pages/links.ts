/** Addresses of the app's pages, shared by the pages that link to them. */
export const actionHref = (strategy: string, action: string) => `/strategies/${encodeURIComponent(strategy)}/actions/${encodeURIComponent(action)}`;
export const kpiHref = (strategy: string, kpi: string) => `/strategies/${encodeURIComponent(strategy)}/kpis/${encodeURIComponent(kpi)}`;
export const eqiaHref = (eqia: string) => `/eqias/${encodeURIComponent(eqia)}`;
export const boardPackHref = (body: string) => `/board-pack/${encodeURIComponent(body)}`;
export const publicationHref = (organisation: string, year: number | string) => `/publication/${encodeURIComponent(organisation)}/${year}`;
