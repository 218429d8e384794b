import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';

export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
  history: number;
}

export interface AuthConfig {
  demo: boolean;
  passwordPolicy: PasswordPolicy;
}

/** GET /api/auth/config: demo flag and password policy, public. */
export const useAuthConfig = () =>
  useQuery({ queryKey: ['auth', 'config'], queryFn: () => get<AuthConfig>('/api/auth/config'), staleTime: Infinity });
