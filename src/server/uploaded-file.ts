import type { HonoRequest } from 'hono';
import { extname } from 'node:path';
import { AppError, invalidInput } from '../domain/index.ts';

/**
 * The file of a multipart upload (field `file`), refused in Chinese when the form cannot be read, the
 * file is missing or empty, or its extension is not one of `accepted`; `advice` ends that refusal.
 */
export async function uploadedFile(request: HonoRequest, accepted: readonly string[], advice: string): Promise<File> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw invalidInput('无法读取上传的表单：请用 multipart/form-data 提交，字段名 file', { field: 'file' });
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw invalidInput('缺少上传的文件：表单字段名应为 file', { field: 'file' });
  const ext = extname(file.name).toLowerCase();
  if (!accepted.includes(ext)) {
    throw new AppError('unsupported', `不支持的文件类型“${ext || '无扩展名'}”（${file.name}）：${advice}`, { details: { field: 'file', accepted } });
  }
  if (file.size === 0) throw invalidInput(`文件 ${file.name} 是空的`, { field: 'file' });
  return file;
}
