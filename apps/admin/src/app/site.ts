/** Shown in every browser tab title, after the page's own title. */
export const SITE_NAME = 'Rapport dashboard';
