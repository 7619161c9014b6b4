/**
 * Privacy: e-mail addresses and phone numbers never reach the output. They
 * are replaced by `[redacted]` and counted; the source stays as received.
 */
export const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
export const phonePattern = /(?<![\p{N}\p{L}])\+?\d{1,3}[ .-]?\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}(?![\p{N}\p{L}])/gu;

export type RedactionKind = 'email' | 'phone';

/**
 * What redaction removes from a source's output, by kind and count: every
 * character of a source lands in the output, so these are the matches in the source.
 */
export function redactionsOf(source: string): Array<{ kind: RedactionKind; count: number }> {
  const counts: Array<[RedactionKind, number]> = [
    ['email', source.match(emailPattern)?.length ?? 0],
    ['phone', source.match(phonePattern)?.length ?? 0],
  ];
  return counts.filter(([, n]) => n > 0).map(([kind, count]) => ({ kind, count }));
}

/** Redact without counting (for checks and previews). */
export function redactText(text: string): string {
  return text.replace(emailPattern, '[redacted]').replace(phonePattern, '[redacted]');
}
