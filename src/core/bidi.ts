/**
 * Bidi safety for the values a host supplies and the widgets show (the
 * clinic's name, a testimonial's attribution, the phone number).
 *
 * A value is isolated from the text around it, so that a name which starts
 * with digits ("123 Clinic"), ends with punctuation ("Clinic!") or is in
 * another script keeps its place in a sentence in either direction. Bidi
 * control characters inside a value are removed first: an embedding or
 * override (U+202A–U+202E), an isolate (U+2066–U+2069) or a mark (U+200E,
 * U+200F, U+061C) could otherwise close the isolate early or reorder the
 * text around the value.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The value without bidi control characters. */
export function stripBidi(value: string): string {
  return value.replace(BIDI_CONTROLS, '');
}

/**
 * The value as text isolated by FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE, for a placeholder inside a translated sentence (plain text, so
 * translators' strings stay as they are; never HTML).
 */
export function isolate(value: string): string {
  return `\u2068${stripBidi(value)}\u2069`;
}
