// SigV4 parsing only: signatures are never verified.

export interface SigInfo {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

const CRED_RE = /Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request/;

/** Parse `Authorization: AWS4-HMAC-SHA256 Credential=AKID/DATE/REGION/SERVICE/aws4_request, ...`. */
export function parseAuthorization(header: string | undefined): SigInfo | undefined {
  if (!header) return undefined;
  const m = CRED_RE.exec(header);
  if (!m) return undefined;
  return { accessKeyId: m[1], date: m[2], region: m[3], service: m[4] };
}

/** Parse a presigned URL's `X-Amz-Credential` query parameter. */
export function parsePresigned(url: string | undefined): SigInfo | undefined {
  if (!url) return undefined;
  const q = url.indexOf('?');
  if (q < 0) return undefined;
  const cred = new URLSearchParams(url.slice(q + 1)).get('X-Amz-Credential');
  if (!cred) return undefined;
  const parts = cred.split('/');
  if (parts.length < 5) return undefined;
  return { accessKeyId: parts[0], date: parts[1], region: parts[2], service: parts[3] };
}
