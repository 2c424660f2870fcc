/**
 * Reading an export folder an editor has placed for the sync: every path named inside an export
 * (a picture's `uri`) is resolved inside that folder and refused if it leads out of it, by `..`,
 * an absolute path or a symbolic link.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The largest picture the sync copies, in bytes. */
export const maxImageBytes = 20 * 1024 * 1024;

/** Thrown for a path an export names that is not a file inside the export folder. */
export class UnsafeExportPath extends Error {
  override name = 'UnsafeExportPath';
}

/** True when `path` is `folder` itself or inside it (both absolute and resolved). */
function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real path of `name` inside `folder`. A path that is absolute, climbs out with `..`, holds
 * a NUL or a backslash, or is a link to a file outside the folder is refused, naming it.
 */
export async function resolveInside(folder: string, name: string): Promise<string> {
  if (name === '' || isAbsolute(name) || /[\0\\]/.test(name) || /^[a-z]+:/i.test(name)) {
    throw new UnsafeExportPath(`"${name}" is not a relative path inside the export folder`);
  }
  const root = await realpath(folder);
  const joined = resolve(root, name);
  if (!inside(root, joined)) {
    throw new UnsafeExportPath(`"${name}" points outside the export folder`);
  }
  let real: string;
  try {
    real = await realpath(joined);
  } catch {
    throw new UnsafeExportPath(`"${name}" is not in the export folder`);
  }
  if (!inside(root, real)) {
    throw new UnsafeExportPath(`"${name}" is a link to a file outside the export folder`);
  }
  return real;
}

/** The file extension for a picture's bytes (JPEG, PNG, WebP, GIF), or `undefined`. */
export function imageExtension(bytes: Uint8Array): 'jpg' | 'png' | 'webp' | 'gif' | undefined {
  const starts = (...values: number[]) => values.every((value, i) => bytes[i] === value);
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') {
    return 'webp';
  }
  return undefined;
}

/** A picture named in an export, read from inside the export folder and checked to be one. */
export async function readExportImage(
  folder: string,
  name: string,
): Promise<{ bytes: Uint8Array; extension: string }> {
  const path = await resolveInside(folder, name);
  const info = await stat(path);
  if (!info.isFile()) throw new UnsafeExportPath(`"${name}" is not a file`);
  if (info.size > maxImageBytes) {
    throw new UnsafeExportPath(`"${name}" is ${info.size} bytes, above ${maxImageBytes}`);
  }
  const bytes = new Uint8Array(await readFile(path));
  const extension = imageExtension(bytes);
  if (!extension) throw new UnsafeExportPath(`"${name}" is not a JPEG, PNG, WebP or GIF picture`);
  return { bytes, extension };
}
