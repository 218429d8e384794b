import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Content-addressed blob store under the data folder: a blob is stored once, named by its SM3
 * digest, so re-uploads cost nothing and any alteration is detectable. S3-compatible storage can
 * replace it behind the same three functions.
 */
export class BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(sha: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('bad blob name');
    return path.join(this.root, sha.slice(0, 2), sha);
  }

  async put(data: Buffer): Promise<string> {
    const sha = createHash('sm3').update(data).digest('hex');
    const target = this.pathOf(sha);
    if (fs.existsSync(target)) return sha;
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomUUID()}.tmp`;
    await fs.promises.writeFile(temp, data);
    await fs.promises.rename(temp, target);
    return sha;
  }

  read(sha: string): fs.ReadStream {
    return fs.createReadStream(this.pathOf(sha));
  }

  readAll(sha: string): Promise<Buffer> {
    return fs.promises.readFile(this.pathOf(sha));
  }

  has(sha: string): boolean {
    return fs.existsSync(this.pathOf(sha));
  }

  /** Erases a blob (销毁); the caller makes sure no file row names it any more. */
  async remove(sha: string): Promise<void> {
    await fs.promises.rm(this.pathOf(sha), { force: true });
  }
}
