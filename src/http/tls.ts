import { readFile } from 'node:fs/promises';
import type { Server as HttpsServer } from 'node:https';
import { createSecureContext } from 'node:tls';
import type { Logger } from '../log.js';

export interface TlsFiles {
  certFile: string;
  keyFile: string;
}

export interface TlsPair {
  cert: Buffer;
  key: Buffer;
}

/**
 * Reads a PEM certificate (chain) and its key, and checks they form a usable
 * pair before anything is served with them. Errors name the file, never its
 * contents (the key is a secret).
 */
export async function readTlsFiles(files: TlsFiles): Promise<TlsPair> {
  const read = async (path: string, name: string) => {
    try {
      return await readFile(path);
    } catch (err) {
      throw new Error(`cannot read ${name} (${path}): ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  };
  const [cert, key] = await Promise.all([
    read(files.certFile, 'TLS_CERT_FILE'),
    read(files.keyFile, 'TLS_KEY_FILE'),
  ]);
  try {
    createSecureContext({ cert, key });
  } catch (err) {
    // OpenSSL's reason ("key values mismatch", "no start line"), without the PEM.
    const reason = String((err as Error).message).split('\n')[0];
    throw new Error(`TLS_CERT_FILE and TLS_KEY_FILE are not a usable certificate and key: ${reason}`);
  }
  return { cert, key };
}

/**
 * Swaps the certificate of a running HTTPS server (new connections get the
 * new one; open ones keep theirs). A file that cannot be used leaves the old
 * certificate in place, so a botched renewal does not take the listener down.
 */
export async function reloadTls(server: HttpsServer, files: TlsFiles, log: Logger): Promise<boolean> {
  try {
    server.setSecureContext(await readTlsFiles(files));
    log.info({ certFile: files.certFile }, 'TLS certificate reloaded');
    return true;
  } catch (err) {
    log.error(
      { error: (err as Error).message },
      'TLS certificate not reloaded; still serving the previous one',
    );
    return false;
  }
}
