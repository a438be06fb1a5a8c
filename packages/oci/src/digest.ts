import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

export function isDigest(value: string): boolean {
  return DIGEST_PATTERN.test(value);
}

export function assertDigest(value: string, where: string): string {
  if (!isDigest(value)) {
    throw new Error(`${where}: "${value}" is not a valid digest (expected sha256:<64 lowercase hex> or sha512:<128 hex>)`);
  }
  return value;
}

export function algorithmOf(digest: string): 'sha256' | 'sha512' {
  return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}

export function encodedOf(digest: string): string {
  return digest.slice(digest.indexOf(':') + 1);
}

export function digestOf(data: Buffer | string, algorithm: 'sha256' | 'sha512' = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(data).digest('hex')}`;
}

export class DigestMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
    readonly expectedSize: number | undefined,
    readonly actualSize: number,
    readonly where: string,
  ) {
    super(
      expectedSize !== undefined && expectedSize !== actualSize
        ? `${where}: expected ${expectedSize} bytes for ${expected} but read ${actualSize}`
        : `${where}: content digest is ${actual}, expected ${expected}`,
    );
  }
}

/**
 * A pass-through stream that hashes what flows through it and fails at the end when the
 * content does not match the expected digest/size, so a corrupt blob never reaches its
 * consumer as a success.
 */
export class VerifyingStream extends Transform {
  private readonly hash: Hash;
  private bytes = 0;

  constructor(
    private readonly expected: string,
    private readonly expectedSize: number | undefined,
    private readonly where: string,
  ) {
    super();
    this.hash = createHash(algorithmOf(expected));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.expectedSize !== undefined && this.bytes > this.expectedSize) {
      callback(new DigestMismatchError(this.expected, 'unknown', this.expectedSize, this.bytes, this.where));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
    if (actual !== this.expected || (this.expectedSize !== undefined && this.bytes !== this.expectedSize)) {
      callback(new DigestMismatchError(this.expected, actual, this.expectedSize, this.bytes, this.where));
      return;
    }
    callback();
  }
}

/** Hashes a stream while counting its bytes; used when writing blobs whose digest is not known yet. */
export class HashingStream extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    this.hash.update(chunk);
    callback(null, chunk);
  }

  digest(): string {
    return `sha256:${this.hash.digest('hex')}`;
  }
}
