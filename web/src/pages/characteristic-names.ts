import { CHARACTERISTICS } from './characteristics';

/** A characteristic code in words, as the Act names it; an unknown code as it is. */
export const characteristicName = (code: string) => CHARACTERISTICS.find((c) => c.value === code)?.text ?? code;
export const characteristicNames = (codes: readonly string[]) => (codes.length ? codes.map(characteristicName).join(', ') : 'None');
