/**
 * True in the build the SCORM packages are made from (`npm run package` sets
 * VITE_CAPSULES_PACKAGE=scorm): the module pages then link to no other page of the site, register
 * no service worker, and report to the LMS instead of this browser's store. A build-time
 * constant, so the site's own build carries none of it.
 */
export const PACKAGED: boolean = import.meta.env.VITE_CAPSULES_PACKAGE === 'scorm';
