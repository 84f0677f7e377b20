import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflateRaw } from 'node:zlib';

/** A small .docx-looking zip whose one entry inflates to `megabytes` MB of one repeated byte. */
export async function zipBomb(megabytes: number): Promise<Buffer> {
  const data = await deflateRepeated(Buffer.alloc(1024 * 1024, 0x61), megabytes);
  const name = Buffer.from('word/document.xml');
  const size = megabytes * 1024 * 1024;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size >>> 0, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size >>> 0, 24);
  central.writeUInt16LE(name.length, 28);
  const directoryOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

function deflateRepeated(chunk: Buffer, times: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    deflate.on('data', (b: Buffer) => out.push(b)).on('end', () => resolve(Buffer.concat(out))).on('error', reject);
    let left = times;
    const write = () => {
      while (left > 0) {
        left--;
        if (!deflate.write(chunk)) return void deflate.once('drain', write);
      }
      deflate.end();
    };
    write();
  });
}

/** A text file of `megabytes` MB that takes no disk space (sparse). */
export function hugeSparseFile(dir: string, name: string, megabytes: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, megabytes * 1024 * 1024);
  closeSync(fd);
  return path;
}

export const malformedPdf = () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 1\ngarbage\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A Windows program: the bytes a mis-named upload might carry. */
export const programBytes = () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0)]);

export const write = (dir: string, name: string, bytes: Buffer) => (writeFileSync(join(dir, name), bytes), join(dir, name));
