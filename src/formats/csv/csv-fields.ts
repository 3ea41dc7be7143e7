/**
 * Splits one record's text into fields. Records without quotes take the native `split`;
 * quoted ones honour `""` escapes and line breaks inside quotes (RFC 4180).
 */
export function splitFields(text: string, delimiter: string, quoted: boolean): string[] {
  if (!quoted) return text.split(delimiter);
  const fields: string[] = [];
  let current = '';
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inQuotes) {
      if (char !== '"') current += char;
      else if (text[i + 1] === '"') {
        current += '"';
        i++;
      } else inQuotes = false;
    } else if (char === delimiter) {
      fields.push(current);
      current = '';
      fieldStart = true;
      continue;
    } else if (char === '"' && fieldStart) inQuotes = true;
    else current += char;
    fieldStart = false;
  }
  fields.push(current);
  return fields;
}
