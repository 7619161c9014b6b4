/**
 * Privacy: e-mail addresses and phone numbers never reach the output. They
 * are replaced by `[redacted]` and counted; the source stays as received.
 */
export const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
export const phonePattern = /(?<![\p{N}\p{L}])\+?\d{1,3}[ .-]?\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}(?![\p{N}\p{L}])/gu;

export type RedactionKind = 'email' | 'phone';

/** Counts of redactions by kind. */
export class Redactor {
  readonly counts: Record<RedactionKind, number> = { email: 0, phone: 0 };

  /** The text with e-mail addresses and phone numbers replaced. */
  redact(text: string): string {
    return text
      .replace(emailPattern, () => {
        this.counts.email++;
        return '[redacted]';
      })
      .replace(phonePattern, () => {
        this.counts.phone++;
        return '[redacted]';
      });
  }

  /** The redactions as the document records them. */
  summary(): Array<{ kind: RedactionKind; count: number }> {
    return (Object.entries(this.counts) as Array<[RedactionKind, number]>).filter(([, n]) => n > 0).map(([kind, count]) => ({ kind, count }));
  }
}

/** Redact without counting (for checks and previews). */
export function redactText(text: string): string {
  return text.replace(emailPattern, '[redacted]').replace(phonePattern, '[redacted]');
}
