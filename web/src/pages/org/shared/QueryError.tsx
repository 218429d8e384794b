import { Alert } from 'antd';

/** The reason a list could not load, above the list. */
export function QueryError({ error }: { error: Error | null }) {
  return error ? <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} /> : null;
}
