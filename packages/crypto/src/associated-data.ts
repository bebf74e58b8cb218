/**
 * Encode a list of strings as associated data, each as a 4-byte big-endian length then its UTF-8
 * bytes. Length prefixes make the encoding unambiguous: no two different field lists (say id "a:b"
 * + type "c" versus id "a" + type "b:c") can produce the same bytes, so nothing can be shifted
 * between fields without failing authentication.
 */
export function encodeAssociatedData(fields: readonly string[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts = fields.map((field) => encoder.encode(field));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + 4 + part.length, 0));
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const part of parts) {
    view.setUint32(offset, part.length);
    out.set(part, offset + 4);
    offset += 4 + part.length;
  }
  return out;
}
