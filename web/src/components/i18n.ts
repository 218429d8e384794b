import { registerMessages } from '../app/i18n';

registerMessages(
  {
    'loginOutcome.success': '登录成功',
    'loginOutcome.badPassword': '密码错误',
    'loginOutcome.unknownUser': '用户不存在',
    'loginOutcome.locked': '账号已锁定',
    'loginOutcome.disabled': '账号已停用',
    'loginOutcome.totpRequired': '等待动态口令',
    'loginOutcome.totpInvalid': '动态口令错误',
  },
  {
    'loginOutcome.success': 'Success',
    'loginOutcome.badPassword': 'Wrong password',
    'loginOutcome.unknownUser': 'Unknown user',
    'loginOutcome.locked': 'Account locked',
    'loginOutcome.disabled': 'Account disabled',
    'loginOutcome.totpRequired': 'Code requested',
    'loginOutcome.totpInvalid': 'Wrong code',
  },
);
