// Fills a migrated Tongban SQLite database with generated people for the benchmark:
// departments under the unit's root department, then `count` people with realistic Chinese
// names, their pinyin and initials, in one transaction.
//
//   node bench/generate-people.mjs <data-dir> [count]     (default 10000)
//
// Run `tongban seed-demo` on the data directory first: it creates the unit, its posts and the
// administrators the benchmark logs in as.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { random } from './random.mjs';
import { pinyin } from 'pinyin-pro';
import { v7 as uuidv7 } from 'uuid';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅文辉鑫宇浩然子涵欣怡梓萱一诺晨曦思远海燕春雷立新永红晓东雪梅振华国庆丹丹佳琪博文俊杰';
const DEPARTMENTS = ['综合一处', '综合二处', '综合三处', '政策研究一处', '政策研究二处', '督查一处', '督查二处', '信息处', '应急管理处', '法制处', '财务处', '机关事务处', '人事处', '保密处', '档案处', '信访处', '外事处', '接待处', '调研处', '值班室'];

// The same reading as the org module's nameKeys (server/src/modules/org/pinyin.ts).
const PINYIN = { toneType: 'none', type: 'array', surname: 'head', v: true };

export function generatePeople(dataDir, count = 10_000) {
  const db = new Database(path.join(dataDir, 'tongban.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const rand = random(2026);
  const pick = (text) => text[Math.floor(rand() * text.length)];
  const now = new Date().toISOString();

  const root = db.prepare('SELECT id, path FROM departments WHERE parent_id IS NULL ORDER BY sort_order LIMIT 1').get();
  if (!root) throw new Error(`no root department in ${dataDir}: run \`tongban seed-demo\` on it first`);
  const posts = db.prepare('SELECT id FROM posts WHERE enabled = 1').all().map((p) => p.id);

  const insertDepartment = db.prepare(
    `INSERT INTO departments (id, parent_id, path, name, code, sort_order, enabled, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertPerson = db.prepare(
    `INSERT INTO people (id, name, employee_no, name_pinyin, name_initials, gender, department_id, post_id,
       phone, email, clearance, status, joined_on, sort_order, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'public', 'active', ?, ?, ?, ?)`,
  );

  const run = db.transaction(() => {
    const departmentIds = DEPARTMENTS.map((name, i) => {
      const id = uuidv7();
      insertDepartment.run(id, root.id, `${root.path}${id}/`, `基准${name}`, `BENCH${String(i + 1).padStart(2, '0')}`, 1000 + i, now, now);
      return id;
    });
    for (let i = 0; i < count; i++) {
      const name = pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : '');
      const syllables = pinyin(name, PINYIN).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));
      const no = String(i + 1).padStart(6, '0');
      insertPerson.run(
        uuidv7(),
        name,
        `BENCH${no}`,
        syllables.join(''),
        syllables.map((s) => s[0]).join(''),
        rand() < 0.5 ? 'male' : 'female',
        departmentIds[i % departmentIds.length],
        posts.length ? posts[i % posts.length] : null,
        `139${no}${String(i % 100).padStart(2, '0')}`,
        `bench${no}@example.gov.cn`,
        '2020-01-01',
        i,
        now,
        now,
      );
    }
  });
  run();
  db.close();
  return { departments: DEPARTMENTS.length, people: count };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dataDir, count] = process.argv.slice(2);
  if (!dataDir) {
    console.error('usage: node bench/generate-people.mjs <data-dir> [count]');
    process.exit(2);
  }
  const summary = generatePeople(dataDir, count ? Number(count) : undefined);
  console.log(`generated ${summary.people} people in ${summary.departments} departments`);
}
