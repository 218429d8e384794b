import type { AdminKind, Clearance } from '../../platform/db/schema.js';

/** The demo unit: 示例市人民政府办公室. All names, numbers and addresses are fictional. */
export const DEMO_ROOT_CODE = 'demo-office';

export const DEMO_DEPARTMENTS: { code: string; name: string; parent: string | null }[] = [
  { code: DEMO_ROOT_CODE, name: '示例市人民政府办公室', parent: null },
  { code: 'leaders', name: '办公室领导', parent: DEMO_ROOT_CODE },
  { code: 'secretariat', name: '秘书科', parent: DEMO_ROOT_CODE },
  { code: 'general', name: '综合科', parent: DEMO_ROOT_CODE },
  { code: 'research', name: '调研室', parent: 'general' },
  { code: 'telegraph', name: '文电科（机要科）', parent: DEMO_ROOT_CODE },
  { code: 'supervision', name: '督查科', parent: DEMO_ROOT_CODE },
  { code: 'it', name: '信息科', parent: DEMO_ROOT_CODE },
  { code: 'finance', name: '行政财务科', parent: DEMO_ROOT_CODE },
  { code: 'personnel', name: '人事科', parent: DEMO_ROOT_CODE },
  { code: 'archives', name: '档案室', parent: DEMO_ROOT_CODE },
];

export const DEMO_POSTS: { code: string; name: string; description: string }[] = [
  { code: 'director', name: '主任', description: '办公室主要负责人' },
  { code: 'deputy-director', name: '副主任', description: '协助主任工作' },
  { code: 'leader-in-charge', name: '分管领导', description: '分管若干科室' },
  { code: 'section-chief', name: '科长', description: '科室负责人' },
  { code: 'deputy-section-chief', name: '副科长', description: '协助科长工作' },
  { code: 'clerk', name: '科员', description: '' },
  { code: 'document-clerk', name: '文书', description: '公文收发、登记' },
  { code: 'confidential-clerk', name: '机要员', description: '机要文件收发' },
  { code: 'archivist', name: '档案员', description: '档案管理' },
  { code: 'driver', name: '司机', description: '' },
];

/** Posts whose holders get a built-in role through a post grant. */
export const DEMO_POST_ROLES: Record<string, string> = {
  director: 'unit-leader',
  'deputy-director': 'unit-leader',
  'leader-in-charge': 'unit-leader',
  'section-chief': 'dept-head',
  'document-clerk': 'document-clerk',
  archivist: 'archivist',
};

export interface DemoPerson {
  name: string;
  gender: 'male' | 'female';
  department: string;
  post: string | null;
  clearance: Clearance;
  /** Fixed usernames for the three administrators; everyone else gets the pinyin of the name. */
  username?: string;
  adminRole?: { code: string; kind: AdminKind };
  /** Built-in business roles granted to the account (e.g. the flow administrator). */
  roles?: string[];
}

const p = (name: string, gender: 'male' | 'female', department: string, post: string | null, clearance: Clearance): DemoPerson => ({
  name,
  gender,
  department,
  post,
  clearance,
});

export const DEMO_PEOPLE: DemoPerson[] = [
  p('王建国', 'male', 'leaders', 'director', 'topSecret'),
  p('李春梅', 'female', 'leaders', 'deputy-director', 'confidential'),
  p('陈志强', 'male', 'leaders', 'deputy-director', 'confidential'),
  p('刘洪涛', 'male', 'leaders', 'leader-in-charge', 'confidential'),
  { ...p('张伟', 'male', 'secretariat', 'section-chief', 'secret'), roles: ['workflow-admin'] },
  p('赵敏', 'female', 'secretariat', 'deputy-section-chief', 'secret'),
  p('孙丽', 'female', 'secretariat', 'clerk', 'internal'),
  { ...p('周杰', 'male', 'secretariat', 'clerk', 'internal'), roles: ['meeting-admin'] },
  p('吴婷', 'female', 'secretariat', 'document-clerk', 'secret'),
  p('潘明', 'male', 'secretariat', 'clerk', 'public'),
  p('郑海', 'male', 'general', 'section-chief', 'secret'),
  p('黄晓燕', 'female', 'general', 'clerk', 'internal'),
  p('何平', 'male', 'general', 'clerk', 'internal'),
  p('徐静', 'female', 'general', 'document-clerk', 'internal'),
  p('杜鹃', 'female', 'general', 'clerk', 'public'),
  p('马骏', 'male', 'research', 'deputy-section-chief', 'internal'),
  p('林芳', 'female', 'research', 'clerk', 'public'),
  p('高翔', 'male', 'telegraph', 'section-chief', 'confidential'),
  p('罗琳', 'female', 'telegraph', 'confidential-clerk', 'confidential'),
  p('梁浩', 'male', 'telegraph', 'clerk', 'secret'),
  p('宋雨', 'female', 'telegraph', 'document-clerk', 'secret'),
  { ...p('谢军', 'male', 'supervision', 'section-chief', 'secret'), roles: ['supervisor'] },
  { ...p('韩冰', 'female', 'supervision', 'deputy-section-chief', 'internal'), roles: ['supervisor'] },
  p('唐磊', 'male', 'supervision', 'clerk', 'internal'),
  p('冯雪', 'female', 'supervision', 'clerk', 'public'),
  p('姜波', 'male', 'supervision', 'clerk', 'public'),
  p('于洋', 'male', 'it', 'section-chief', 'secret'),
  p('董鹏', 'male', 'it', 'clerk', 'internal'),
  p('萧然', 'female', 'it', 'clerk', 'internal'),
  p('石磊', 'male', 'it', 'clerk', 'public'),
  p('程刚', 'male', 'finance', 'section-chief', 'internal'),
  { ...p('袁媛', 'female', 'finance', 'clerk', 'internal'), roles: ['room-admin'] },
  p('邓超', 'male', 'finance', 'clerk', 'public'),
  p('田野', 'male', 'finance', 'clerk', 'public'),
  p('张伟', 'male', 'finance', 'driver', 'public'),
  p('傅强', 'male', 'finance', 'driver', 'public'),
  p('沈洁', 'female', 'personnel', 'section-chief', 'secret'),
  p('曾敏', 'female', 'personnel', 'clerk', 'internal'),
  p('吕娜', 'female', 'personnel', 'clerk', 'internal'),
  p('范伟', 'male', 'personnel', 'clerk', 'public'),
  p('卢芳', 'female', 'archives', 'archivist', 'secret'),
  p('蔡文', 'male', 'archives', 'archivist', 'internal'),
  p('苏红', 'female', 'archives', 'clerk', 'internal'),
  p('魏东', 'male', 'leaders', 'driver', 'public'),
  { ...p('曹阳', 'male', 'it', null, 'secret'), username: 'sysadmin', adminRole: { code: 'system-admin', kind: 'system' } },
  { ...p('彭丽', 'female', 'it', null, 'confidential'), username: 'secadmin', adminRole: { code: 'security-admin', kind: 'security' } },
  { ...p('蒋涛', 'male', DEMO_ROOT_CODE, null, 'secret'), username: 'auditor', adminRole: { code: 'auditor', kind: 'audit' } },
];
