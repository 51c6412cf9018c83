// The address helper's door (« Mon adresse académique »): the académies with the status of each
// fact, the pure guess of an address and a login, and the page's component.
export { ACADEMIES, academyById, academyLabel } from './academies';
export type { Academy, Fact } from './academies';
export { confidenceLabel, statusMeaning } from './confidence';
export { guessAddress, weakest } from './guess';
export type { AddressGuess, Output, PersonInput, Reason } from './guess';
export { firstNameForms, surnameForms } from './names';
export { SOURCES } from './sources';
export type { FactSource, FactStatus, SourceKey } from './sources';
export { default as AddressHelper } from './AddressHelper.svelte';
export { default as AddressSources } from './SourceList.svelte';
