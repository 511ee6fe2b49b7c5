/**
 * Who runs a server and where, as one whole phrase for each case: where the operator is based
 * (its legal seat) and where the server runs are named apart, because they often differ
 * (framatalk.org: a French association, its server in Germany).
 */
import { t } from '../../i18n/t';

export interface OperatorPlace {
  /** The operator's name, already isolated for bidirectional text. */
  operator: string;
  /** Country names, or null when the catalogue does not know. */
  operatorCountry: string | null;
  hostingCountry: string | null;
}

/** "systemli.org, based in Germany; server in Germany", or null when neither country is known. */
export function operatorPlaceWords({ operator, operatorCountry, hostingCountry }: OperatorPlace, official = false): string | null {
  if (operatorCountry && hostingCountry)
    return official
      ? t('knownServersOperatorBasedHostedOfficial', [operator, operatorCountry, hostingCountry])
      : t('serverOperatorBasedHosted', [operator, operatorCountry, hostingCountry]);
  if (operatorCountry)
    return official ? t('knownServersOperatorBasedOfficial', [operator, operatorCountry]) : t('serverOperatorBased', [operator, operatorCountry]);
  if (hostingCountry)
    return official ? t('knownServersOperatorHostedOfficial', [operator, hostingCountry]) : t('serverOperatorHosted', [operator, hostingCountry]);
  return null;
}
