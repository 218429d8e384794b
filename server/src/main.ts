import { loadConfig } from './config.js';
import { createCore } from './platform/core.js';
import { migrateToLatest } from './platform/db/index.js';
import type { Core } from './platform/context.js';
import { serve } from './cli/serve.js';
import { auditVerify } from './cli/audit.js';
import { seedDemoCommand } from './cli/seed.js';
import { userCommand } from './cli/user.js';
import { UsageError } from './cli/usage.js';

const HELP = `通办 Tongban — 办公自动化系统

用法 Usage: tongban <command> [options]

  start                        迁移数据库、载入演示单位并启动服务 (migrate + seed-demo + serve)
  serve                        启动服务 (migrates first)       http://TONGBAN_HOST:TONGBAN_PORT
  migrate                      把数据库迁移到最新版本
  seed-demo                    载入演示单位（可重复执行）
  user create --username U --name 姓名 [--password P] [--role CODE]
                               创建账号（不给密码则生成一次性初始密码，首次登录须修改）
  user reset-password --username U [--password P]
                               重置密码（下次登录须修改）
  user unlock --username U     解除登录锁定
  user grant --username U --role CODE
                               授予角色（三员分立：同一账号不能兼任两类管理员）
  audit verify                 校验审计日志的 SM3 哈希链；完好退出 0，被改动退出 1
  verify FILE.pdf              校验 PDF 的 SM2 电子签章；完好退出 0，被改动退出 1，未签章退出 3
  help                         显示本帮助

Settings come from environment variables (TONGBAN_PORT, TONGBAN_HOST, TONGBAN_DATA_DIR,
TONGBAN_DATABASE_URL …); see README.md.`;

type Command = (core: Core, args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  migrate: async (core) => {
    const applied = await migrateToLatest(core.database);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
    return 0;
  },
  'seed-demo': async (core) => {
    await migrateToLatest(core.database);
    return seedDemoCommand(core);
  },
  user: userCommand,
  audit: async (core, args) => {
    if (args[0] !== 'verify') throw new UsageError('audit: expected "audit verify"');
    return auditVerify(core);
  },
  // Loads the PDF and SM2 libraries only for this command.
  verify: async (core, args) => (await import('./cli/verify.js')).verifyCommand(core, args),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(HELP);
    return name ? 0 : 1;
  }
  const config = loadConfig();
  if (name === 'serve' || name === 'start') return serve(config, { seedDemo: name === 'start' });
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command: ${name}`);
  const core = createCore(config);
  try {
    return await command(core, args);
  } finally {
    await core.database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${HELP}`);
      process.exitCode = 2;
    } else {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    }
  },
);
