// Every page is prerendered to static HTML; JavaScript only enhances it.
export const prerender = true;
export const trailingSlash = 'never';
