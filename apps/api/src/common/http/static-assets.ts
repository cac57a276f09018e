import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Hashed build output (`/assets/*-[hash].*`): the name changes whenever the content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashes: always revalidate it. */
export const NO_CACHE = 'no-cache';

/** Types the build precompresses (apps/web/scripts/precompress.mjs) next to the original. */
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json']);
/** Preferred first: brotli is ~15 % smaller than gzip on this bundle. */
const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;
type Coding = (typeof ENCODINGS)[number]['coding'];

/** Codings the client accepts (q > 0), from an `Accept-Encoding` header (RFC 9110 §12.5.3). */
export function acceptedCodings(header: string | undefined): ReadonlySet<Coding> {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    q.set(name.trim(), Number.isNaN(value) ? 0 : value);
  }
  const accepted = new Set<Coding>();
  for (const { coding } of ENCODINGS) {
    const weight = q.get(coding) ?? q.get('*') ?? 0;
    if (weight > 0) accepted.add(coding);
  }
  return accepted;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Sends `file` (an existing file) with `cacheControl`, as its precompressed `.br`/`.gz` sibling when
 * the client accepts that coding and the sibling exists, with the original's Content-Type.
 */
export async function sendAsset(
  req: Request,
  res: Response,
  next: NextFunction,
  file: string,
  cacheControl: string,
): Promise<void> {
  const type = extname(file);
  let path = file;
  if (COMPRESSIBLE.has(type)) {
    res.vary('Accept-Encoding');
    const accepted = acceptedCodings(req.headers['accept-encoding']);
    for (const { coding, suffix } of ENCODINGS) {
      if (accepted.has(coding) && (await isFile(file + suffix))) {
        path = file + suffix;
        res.setHeader('Content-Encoding', coding);
        break;
      }
    }
  }
  res.type(type);
  res.setHeader('Cache-Control', cacheControl);
  res.sendFile(path, { cacheControl: false }, (err?: Error) => {
    if (err !== undefined) next(err);
  });
}

/**
 * Serves the files under `root` (GET/HEAD), precompressed when possible; anything that is not a
 * file there (or a dotfile, or outside root) goes to `next`.
 */
export function staticAssets(root: string, cacheControl: (file: string) => string): RequestHandler {
  const base = normalize(root + sep);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      next();
      return;
    }
    const file = join(base, normalize(relative));
    const hidden = relative.split('/').some((segment) => segment.startsWith('.'));
    if (hidden || relative.includes('\0') || !file.startsWith(base)) {
      next();
      return;
    }
    isFile(file)
      .then((found) => (found ? sendAsset(req, res, next, file, cacheControl(file)) : next()))
      .catch(next);
  };
}
