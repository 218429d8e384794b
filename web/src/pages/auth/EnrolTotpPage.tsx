import { Alert, Flex } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { useT } from '../../app/i18n';
import { AuthFrame } from '../../components/AuthFrame';
import { TotpEnrolment } from './TotpEnrolment';
import './i18n';

/** Forced TOTP enrolment for people whose role requires a second factor. */
export default function EnrolTotpPage() {
  const t = useT();
  const { me, refresh } = useAuth();
  const navigate = useNavigate();
  const done = async () => {
    await refresh();
    navigate('/', { replace: true });
  };
  return (
    <AuthFrame title={t('totp.title')} width={480}>
      <Flex vertical gap={16}>
        {me?.pending === 'enrolTotp' && <Alert type="warning" showIcon title={t('totp.forced')} />}
        <TotpEnrolment onDone={done} />
      </Flex>
    </AuthFrame>
  );
}
