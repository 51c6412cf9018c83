/** The anchor id of the n-th (0-based) transcription paragraph, shared by notes and quiz links. */
export function transcriptAnchor(index: number): string {
	return `transcription-${index + 1}`;
}
