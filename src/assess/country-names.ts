/** English names for the jurisdictions the catalogue uses; unknown codes are shown as the code. */
const NAMES: Record<string, string> = {
  AE: 'the United Arab Emirates',
  AT: 'Austria',
  AU: 'Australia',
  CA: 'Canada',
  CH: 'Switzerland',
  DE: 'Germany',
  ES: 'Spain',
  FR: 'France',
  GB: 'the United Kingdom',
  IE: 'Ireland',
  IT: 'Italy',
  LU: 'Luxembourg',
  NL: 'the Netherlands',
  NO: 'Norway',
  SE: 'Sweden',
  US: 'the United States',
  VG: 'the British Virgin Islands',
};

export function countryName(code: string): string {
  return NAMES[code] ?? code;
}
