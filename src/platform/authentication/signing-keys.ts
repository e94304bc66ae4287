import { generateKeyPairSync, type webcrypto } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, importPKCS8, importSPKI, type JWK } from 'jose';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: webcrypto.CryptoKey;
  readonly publicKey: webcrypto.CryptoKey;
  readonly publicJwk: JWK;
}

const PRIVATE_FILE = 'signing-key.pem';
const PUBLIC_FILE = 'signing-key.pub.pem';

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Creates the RSA key pair on first start; a second node starting at once keeps the first one written. */
async function ensureKeyFiles(dir: string): Promise<{ privatePem: string; publicPem: string }> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const privateFile = path.join(dir, PRIVATE_FILE);
  const publicFile = path.join(dir, PUBLIC_FILE);
  const existing = await readIfPresent(privateFile);
  if (existing === undefined) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    try {
      await fs.writeFile(publicFile, publicKey, { flag: 'wx', mode: 0o644 });
      await fs.writeFile(privateFile, privateKey, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const privatePem = await readIfPresent(privateFile);
    const publicPem = await readIfPresent(publicFile);
    if (privatePem?.includes('END PRIVATE KEY') && publicPem?.includes('END PUBLIC KEY')) {
      return { privatePem, publicPem };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The signing key under ${dir} is incomplete`);
}

export async function loadSigningKey(keysDir: string): Promise<SigningKey> {
  const { privatePem, publicPem } = await ensureKeyFiles(keysDir);
  const privateKey = await importPKCS8(privatePem, 'RS256');
  const publicKey = await importSPKI(publicPem, 'RS256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk, 'sha256');
  return { kid, privateKey, publicKey, publicJwk: { ...jwk, kid, use: 'sig', alg: 'RS256' } };
}
