/** Text of an HTML fragment built and sanitised at build time (for labels and e-mails). */
export function plainText(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&[^;\s]+;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
