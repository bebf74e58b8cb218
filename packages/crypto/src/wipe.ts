/**
 * Wipe a key buffer in place (best effort: JS can't guarantee it).
 *
 * Engines may have copied the bytes elsewhere (garbage collector, JIT, strings), so this only shortens
 * the time a key sits in memory we control; it is not a guarantee.
 */
export function wipe(b: Uint8Array): void {
  b.fill(0);
}
