/** The OpenID discovery document of the platform, built from its issuer URL. */
export function discoveryDocument(issuer: string): {
  issuer: string;
  jwks_uri: string;
  [field: string]: unknown;
} {
  const base = issuer.replace(/\/openid\/$/, '');
  return {
    issuer,
    jwks_uri: `${issuer}.well-known/openid-configuration/jwks`,
    authorization_endpoint: `${base}/authentication`,
    token_endpoint: `${base}/exchange`,
    end_session_endpoint: `${base}/logout`,
    response_types_supported: ['token'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
    claims_supported: [
      'urn:altinn:userid',
      'urn:altinn:username',
      'urn:altinn:partyid',
      'urn:altinn:party:uuid',
      'urn:altinn:authlevel',
      'urn:altinn:authenticatemethod',
      'urn:altinn:org',
      'urn:altinn:orgNumber',
      'scope',
    ],
  };
}
