// The page static servers send for an unknown address (404.html). Plain HTML, no script: it
// reads the same with JavaScript off, at any depth of the site (see src/hooks.server.ts).
export const csr = false;
export const prerender = true;
