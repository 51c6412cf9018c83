// French text helpers for every folder: agreement, dates, the one text normaliser, typography.
// This folder imports nothing, so any folder may use it.
export { plural, quantity } from './plural';
export { frenchDate, frenchDateTime } from './dates';
export { baseNormalize, foldAccents, foldText } from './normalize';
export { frenchTypography, frenchTypographyHtml, frenchTypographyValue } from './typography';
