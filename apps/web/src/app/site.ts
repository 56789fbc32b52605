/** Shown in every browser tab title, after the page's own title. */
export const SITE_NAME = 'Rapport';

/** How the not-found page names the way home. */
export const NOT_FOUND_HOME = { homeName: 'your dashboard', homeLabel: 'Go to your dashboard' };
