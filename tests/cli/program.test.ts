import { describe, expect, it } from 'vitest';
import { runRectify } from '../support/cli';

const rectify = (...args: string[]) => runRectify(args, { viaNpm: true });
const english = (...args: string[]) =>
  runRectify(args, { viaNpm: true, env: { LANG: 'en_US.UTF-8' } });

/** Words commander prints on its own, which must never reach a Chinese user. */
const COMMANDER_ENGLISH =
  /Usage|Options|Commands|Arguments|display help|error:|unknown|missing|default:|\[options\]|\[command\]/;
const HAN = /\p{Script=Han}/u;
/** Only the names of the sheets and files the tool writes stay as they are in English. */
const withoutNames = (text: string) => text.replace(/领导汇总|汇总-|整改台账|备份/g, '');

describe('rectify command line, in Chinese by default', () => {
  it('prints its help in Chinese only, with the exit codes', async () => {
    const r = await rectify('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法： rectify [选项] [命令]');
    expect(r.stdout).toContain('显示某个命令的帮助');
    expect(r.stdout).toContain('退出码：');
    expect(r.stdout).not.toMatch(COMMANDER_ENGLISH);
  });

  it.each(['parse', 'workbook', 'validate', 'summarize'])(
    'lists the exit codes in `%s --help`',
    async (command) => {
      const r = await rectify(command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/退出码：\n {2}0 {2}/);
      expect(r.stdout).toMatch(/\n {2}2 {2}/);
      expect(r.stdout).not.toMatch(COMMANDER_ENGLISH);
    },
  );

  it('says in `workbook --help` that the previous file is backed up, and when it refuses', async () => {
    const r = await rectify('workbook', '--help');
    expect(r.stdout).toContain('.备份-<时间>.xlsx');
    expect(r.stdout).toContain('--force');
    expect(r.stdout).toContain('（默认：out/整改台账.xlsx）');
  });

  it('prints the package version', async () => {
    const r = await rectify('--version');
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 on an unknown command, in Chinese, with a suggestion and no stack trace', async () => {
    const r = await rectify('valdate');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'rectify：没有“valdate”这个命令（您是不是想输入 validate？）\n（加 --help 查看用法）\n',
    );
  });

  it('exits 2 on a missing argument, in Chinese', async () => {
    const r = await rectify('validate');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('rectify：缺少必需的参数“file”');
    expect(r.stderr).not.toMatch(COMMANDER_ENGLISH);
  });

  it('exits 2 on an unknown option, in Chinese', async () => {
    const r = await rectify('parse', '--bogus');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('rectify：没有“--bogus”这个选项');
  });
});

describe('rectify command line under an English locale', () => {
  it('prints its help in English only', async () => {
    const r = await english('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: rectify [options] [command]');
    expect(r.stdout).toContain('Exit codes:');
    expect(withoutNames(r.stdout)).not.toMatch(HAN);
  });

  it.each(['parse', 'workbook', 'validate', 'summarize'])(
    'prints `%s --help` in English, exit codes included',
    async (command) => {
      const r = await english(command, '--help');
      expect(r.stdout).toContain('Exit codes:');
      expect(withoutNames(r.stdout)).not.toMatch(HAN);
    },
  );

  it('says what is wrong in English, exit 2', async () => {
    const unknown = await english('bogus');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('rectify: there is no command "bogus"\n(add --help for usage)\n');
    const missing = await english('summarize');
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('rectify: the required argument "file" is missing');
  });

  it('takes English from LC_ALL over LANG, as the C library does', async () => {
    const r = await runRectify(['bogus'], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' } });
    expect(r.stderr).toContain('there is no command "bogus"');
  });
});
