/** A second HTTP client for presigned URLs: Debian's curl. */
import { runCommand } from '../run-command.ts';

export async function curl(url: string, options: { method?: string; body?: string } = {}): Promise<{ status: number; body: string }> {
  const args = ['-sS', '-o', '-', '-w', '\n%{http_code}', '-X', options.method ?? 'GET'];
  if (options.body !== undefined) args.push('--data-binary', '@-', '-H', 'content-type:');
  const out = await runCommand('curl', [...args, url], { input: options.body });
  const cut = out.lastIndexOf('\n');
  return { status: Number(out.slice(cut + 1)), body: out.slice(0, cut) };
}
