/** The dataset's JSON: 2-space indentation and a final newline (deterministic: key order is the value's). */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
